package cn.jixiao.portal.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.portal.system.SqlLike;

/**
 * The audit log as administrators read it: newest first, filtered by who, action and
 * days, every filter a bound parameter.
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

	static final int MAX_ROWS = 5000;

	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AuditEntry> find(AuditFilter filter) {
		StringBuilder sql = new StringBuilder("select * from audit_log where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.who() != null && !filter.who().isBlank()) {
			sql.append(" and who = ?");
			params.add(filter.who().strip());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			sql.append(" and action like ? escape '!'");
			params.add(SqlLike.escaped(filter.action().strip()) + "%");
		}
		if (filter.from() != null) {
			sql.append(" and at >= ?");
			params.add(filter.from().atStartOfDay(ZoneId.systemDefault()).toInstant());
		}
		if (filter.to() != null) {
			sql.append(" and at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
		}
		sql.append(" order by id desc limit ?");
		params.add(MAX_ROWS);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((row, number) -> new AuditEntry(row.getLong("id"), row.getTimestamp("at").toInstant(),
					row.getString("who"), row.getString("action"), row.getString("target"), row.getString("result"),
					row.getString("details")))
			.list();
	}

	/** What the 审计日志 page filters by; each part may be empty. */
	public record AuditFilter(String who, String action, LocalDate from, LocalDate to) {

	}

}
