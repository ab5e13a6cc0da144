package cn.jixiao.portal.review;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.review.ReviewFinding;
import cn.jixiao.indexer.review.Suggestion;

/**
 * Replaces every stored finding and the review state in one transaction, in JDBC batches:
 * readers see the previous complete set until the new one is committed.
 */
@Component
class FindingRows {

	private static final int BATCH = 500;

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

	/**
	 * Stores the findings of the forms that are still in the store (the caller keeps
	 * imports out meanwhile, so none goes while this runs) and the state they reflect.
	 * @param millis the time taken so far, read last, to record the whole refresh
	 */
	ReviewState replaceAll(List<ReviewedForm> forms, String storeState, String rules, LongSupplier millis) {
		return this.transactions.execute((status) -> {
			Set<Long> filings = new HashSet<>(this.jdbc.queryForList("SELECT id FROM filing", Long.class));
			List<Object[]> rows = new ArrayList<>();
			for (ReviewedForm form : forms) {
				if (filings.contains(form.filingId())) {
					for (ReviewFinding finding : form.findings()) {
						rows.add(row(form, rows.size(), finding));
					}
				}
			}
			this.jdbc.update("DELETE FROM review_finding");
			for (int from = 0; from < rows.size(); from += BATCH) {
				this.jdbc.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + BATCH)), TYPES);
			}
			ReviewState state = new ReviewState(storeState, rules, this.clock.instant(), forms.size(), rows.size(),
					millis.getAsLong());
			this.jdbc.update("DELETE FROM review_state");
			this.jdbc.update(STATE, state.storeState(), state.rules(), Timestamp.from(state.reviewedAt()),
					state.filings(), state.findings(), state.millis());
			return state;
		});
	}

	/**
	 * Positions count the findings of a form in the review's order; the counter runs over
	 * all rows, which keeps them unique per form and ordered.
	 */
	private static Object[] row(ReviewedForm form, int position, ReviewFinding finding) {
		Suggestion suggestion = finding.suggestion();
		return new Object[] { form.filingId(), position, clip(finding.rule(), RULE), finding.severity().name(),
				finding.concern().name(), form.indicatorId(finding), clip(finding.indicatorName(), NAME),
				clip(Objects.requireNonNullElse(finding.explanation(), ""), EXPLANATION),
				(suggestion != null) ? clip(suggestion.name(), NAME) : null,
				(suggestion != null) ? clip(suggestion.target(), TARGET) : null,
				(suggestion != null) ? suggestion.filings() : null };
	}

	/** A text cut to its column, marked as cut. */
	static String clip(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		return text.substring(0, length - 1) + "…";
	}

}
