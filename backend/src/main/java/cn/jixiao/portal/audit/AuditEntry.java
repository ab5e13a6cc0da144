package cn.jixiao.portal.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long id, Instant at, String who, String action, String target, String result, String details) {

}
