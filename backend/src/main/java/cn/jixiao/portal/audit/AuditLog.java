package cn.jixiao.portal.audit;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what to which file, link, user or list, and how it ended. An entry is written
 * in a transaction of its own, so a failed change is logged as failed rather than rolled
 * back with it.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class AuditLog {

	private static final int MAX_DETAILS = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action of the signed-in user. */
	public void record(String action, String target, String result, String details) {
		record(currentUser(), action, target, result, details);
	}

	public void record(String who, String action, String target, String result, String details) {
		this.jdbc.sql("insert into audit_log (at, who, action, target, result, details) values (?, ?, ?, ?, ?, ?)")
			.params(this.clock.instant(), who, action, cut(target, 500), result, cut(details, MAX_DETAILS))
			.update();
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "anonymous";
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
