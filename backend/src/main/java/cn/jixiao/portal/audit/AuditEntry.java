package cn.jixiao.portal.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of the audit log. */
public record AuditEntry(long id, Instant at, String who, String action, String target, String result, String details) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	/** When, to the second, in the portal's time zone. */
	public String time() {
		return TIME.format(this.at);
	}

}
