package cn.jixiao.portal.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.review.Suggestion;

/**
 * Reads the stored findings: a filing's, the filings with a finding of some rules (for
 * the search and library filters), and whether they reflect the store as it is.
 */
@Component
public class StoredFindings {

	private static final String OF_FILING = """
			SELECT rule_id, severity, concern, indicator_id, indicator_name, explanation, suggestion_name,
			       suggestion_target, suggestion_filings
			FROM review_finding WHERE filing_id = ? ORDER BY position""";

	private final JdbcTemplate jdbc;

	private final ReviewRules rules;

	StoredFindings(JdbcTemplate jdbc, ReviewRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/** Whether the findings are current, and when they were computed. */
	public record Status(boolean current, ReviewState state) {
	}

	public List<FindingView> ofFiling(long filingId) {
		return this.jdbc.query(OF_FILING, (rs, n) -> view(rs), filingId);
	}

	/** The filings with at least one finding of any of these rules. */
	public Set<Long> filingIdsWith(Collection<String> ruleIds) {
		if (ruleIds.isEmpty()) {
			return Set.of();
		}
		String marks = String.join(", ", Collections.nCopies(ruleIds.size(), "?"));
		return new HashSet<>(
				this.jdbc.queryForList("SELECT DISTINCT filing_id FROM review_finding WHERE rule_id IN (" + marks + ")",
						Long.class, ruleIds.toArray()));
	}

	/**
	 * Per rule, how many filings have a finding of it: the review's rules in their order,
	 * then rules only the stored findings know (computed before a release changed the
	 * rules), each with its count.
	 */
	public Map<String, Long> filingsByRule() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.rules.ids().forEach((id) -> counts.put(id, 0L));
		this.jdbc.query(
				"SELECT rule_id, COUNT(DISTINCT filing_id) FROM review_finding GROUP BY rule_id ORDER BY rule_id",
				(ResultSet rs) -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		return counts;
	}

	public Status status() {
		Optional<ReviewState> state = state();
		boolean current = state.isPresent() && state.get().storeState().equals(storeState())
				&& state.get().rules().equals(this.rules.fingerprint());
		return new Status(current, state.orElse(null));
	}

	Optional<ReviewState> state() {
		return this.jdbc
			.query("SELECT store_state, rules, reviewed_at, filings, findings, millis FROM review_state WHERE id = 1",
					(rs, n) -> new ReviewState(rs.getString(1), rs.getString(2),
							rs.getObject(3, Timestamp.class).toInstant(), rs.getInt(4), rs.getInt(5), rs.getLong(6)))
			.stream()
			.findFirst();
	}

	/**
	 * Names what the findings depend on: the files (any import that stores one changes
	 * their count or newest id) and the analysts' lineage decisions (a changed decision
	 * gets a new time).
	 */
	String storeState() {
		List<String> parts = new ArrayList<>();
		parts.add(this.jdbc.queryForObject("SELECT COUNT(*), MAX(id) FROM source_file",
				(rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)));
		parts.add(this.jdbc.queryForObject("SELECT COUNT(*), MAX(decided_at) FROM lineage_decision",
				(rs, n) -> rs.getLong(1) + "/" + rs.getObject(2, Timestamp.class)));
		return String.join(";", parts);
	}

	private FindingView view(ResultSet rs) throws SQLException {
		String rule = rs.getString("rule_id");
		long indicator = rs.getLong("indicator_id");
		Long indicatorId = rs.wasNull() ? null : indicator;
		String suggestionName = rs.getString("suggestion_name");
		Suggestion suggestion = (suggestionName != null)
				? new Suggestion(suggestionName, rs.getString("suggestion_target"), rs.getLong("suggestion_filings"))
				: null;
		return new FindingView(rule, this.rules.name(rule), code(rs.getString("severity")),
				code(rs.getString("concern")), indicatorId, rs.getString("indicator_name"), rs.getString("explanation"),
				suggestion);
	}

	private static String code(String stored) {
		return stored.toLowerCase(Locale.ROOT);
	}

}
