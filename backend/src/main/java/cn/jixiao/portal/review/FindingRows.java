package cn.jixiao.portal.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.review.ReviewFinding;
import cn.jixiao.indexer.review.Suggestion;

/**
 * Writes the findings of a refresh in one transaction, in JDBC batches: readers see the
 * previous complete set until the new one is committed. Only the filings whose findings
 * changed are rewritten: after an import most filings keep theirs, and rewriting 140,000
 * rows would hold imports off for many seconds.
 */
@Component
class FindingRows {

	private static final int BATCH = 500;

	private static final String SELECT = """
			SELECT filing_id, position, rule_id, severity, concern, indicator_id, indicator_name, explanation,
			       suggestion_name, suggestion_target, suggestion_filings
			FROM review_finding ORDER BY filing_id, position""";

	private static final String INSERT = """
			INSERT INTO review_finding (filing_id, position, rule_id, severity, concern, indicator_id, indicator_name,
			  explanation, suggestion_name, suggestion_target, suggestion_filings)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final int[] TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT };

	private static final String STATE = """
			INSERT INTO review_state (id, store_state, rules, reviewed_at, filings, findings, millis)
			VALUES (1, ?, ?, ?, ?, ?, ?)""";

	/** The columns' lengths (V4__review_findings.sql). */
	private static final int RULE = 64;

	private static final int NAME = 500;

	private static final int EXPLANATION = 2000;

	private static final int TARGET = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FindingRows(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A finding as stored, comparable with one about to be stored. */
	record Row(long filingId, int position, String rule, String severity, String concern, Long indicatorId,
			String indicatorName, String explanation, String suggestionName, String suggestionTarget,
			Long suggestionFilings) {

		Object[] values() {
			return new Object[] { this.filingId, this.position, this.rule, this.severity, this.concern,
					this.indicatorId, this.indicatorName, this.explanation, this.suggestionName, this.suggestionTarget,
					this.suggestionFilings };
		}

	}

	/**
	 * The stored findings by filing. Only a refresh writes them, so they can be read
	 * before imports are held off; an import meanwhile only removes some, with their
	 * filings.
	 */
	Map<Long, List<Row>> stored() {
		Map<Long, List<Row>> stored = new HashMap<>();
		this.jdbc.query(SELECT, (ResultSet rs) -> {
			Row row = read(rs);
			stored.computeIfAbsent(row.filingId(), (id) -> new ArrayList<>()).add(row);
		});
		return stored;
	}

	/**
	 * Stores the findings of the forms that are still in the store (the caller holds
	 * imports off meanwhile, so none goes while this runs), rewriting those of the
	 * filings whose findings changed, and the state they reflect.
	 * @param stored what {@link #stored()} read before
	 * @param millis the time taken so far, read last, to record the whole refresh
	 */
	ReviewState update(List<ReviewedForm> forms, Map<Long, List<Row>> stored, String storeState, String rules,
			LongSupplier millis) {
		return this.transactions.execute((status) -> {
			Set<Long> filings = new HashSet<>(this.jdbc.queryForList("SELECT id FROM filing", Long.class));
			List<Object[]> deletes = new ArrayList<>();
			List<Object[]> inserts = new ArrayList<>();
			int findings = 0;
			Set<Long> reviewed = new HashSet<>();
			for (ReviewedForm form : forms) {
				if (!filings.contains(form.filingId())) {
					continue;
				}
				reviewed.add(form.filingId());
				List<Row> rows = rows(form);
				findings += rows.size();
				List<Row> before = stored.getOrDefault(form.filingId(), List.of());
				if (!rows.equals(before)) {
					if (!before.isEmpty()) {
						deletes.add(new Object[] { form.filingId() });
					}
					rows.forEach((row) -> inserts.add(row.values()));
				}
			}
			// Filings stored after the review began have findings of none yet.
			stored.keySet()
				.stream()
				.filter((id) -> filings.contains(id) && !reviewed.contains(id))
				.forEach((id) -> deletes.add(new Object[] { id }));
			batch("DELETE FROM review_finding WHERE filing_id = ?", deletes, new int[] { Types.BIGINT });
			batch(INSERT, inserts, TYPES);
			ReviewState state = new ReviewState(storeState, rules, this.clock.instant(), reviewed.size(), findings,
					millis.getAsLong());
			this.jdbc.update("DELETE FROM review_state");
			this.jdbc.update(STATE, state.storeState(), state.rules(), Timestamp.from(state.reviewedAt()),
					state.filings(), state.findings(), state.millis());
			return state;
		});
	}

	private void batch(String sql, List<Object[]> rows, int[] types) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
		}
	}

	/** The form's findings as rows, numbered in the review's order. */
	private static List<Row> rows(ReviewedForm form) {
		List<Row> rows = new ArrayList<>(form.findings().size());
		for (ReviewFinding finding : form.findings()) {
			Suggestion suggestion = finding.suggestion();
			rows.add(new Row(form.filingId(), rows.size(), clip(finding.rule(), RULE), finding.severity().name(),
					finding.concern().name(), form.indicatorId(finding), clip(finding.indicatorName(), NAME),
					clip(Objects.requireNonNullElse(finding.explanation(), ""), EXPLANATION),
					(suggestion != null) ? clip(suggestion.name(), NAME) : null,
					(suggestion != null) ? clip(suggestion.target(), TARGET) : null,
					(suggestion != null) ? suggestion.filings() : null));
		}
		return rows;
	}

	private static Row read(ResultSet rs) throws SQLException {
		return new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getObject(11, Long.class));
	}

	/** A text cut to its column, marked as cut. */
	static String clip(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		return text.substring(0, length - 1) + "…";
	}

}
