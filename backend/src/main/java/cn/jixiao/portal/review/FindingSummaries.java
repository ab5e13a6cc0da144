package cn.jixiao.portal.review;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.review.Severity;

/**
 * Counts the stored findings per unit and year, by rule and by severity: two grouped
 * queries (findings; filings with and without findings), joined in memory. Portable SQL
 * for H2 and MySQL.
 */
@Component
class FindingSummaries {

	private static final String FINDINGS = """
			SELECT f.unit_id, f.budget_year, r.rule_id, r.severity, COUNT(*)
			FROM review_finding r JOIN filing f ON f.id = r.filing_id""";

	private static final String FINDINGS_GROUP = " GROUP BY f.unit_id, f.budget_year, r.rule_id, r.severity";

	private static final String FILINGS = """
			SELECT f.unit_id, u.name, f.budget_year, COUNT(*),
			       SUM(CASE WHEN EXISTS (SELECT 1 FROM review_finding r WHERE r.filing_id = f.id) THEN 1 ELSE 0 END)
			FROM filing f LEFT JOIN unit u ON u.id = f.unit_id""";

	private static final String FILINGS_GROUP = " GROUP BY f.unit_id, u.name, f.budget_year";

	private static final List<String> SEVERITIES = Arrays.stream(Severity.values())
		.map((severity) -> severity.name().toLowerCase(Locale.ROOT))
		.toList();

	/**
	 * By unit name as analysts sort Chinese, units without a name last; newest year
	 * first.
	 */
	private static final Comparator<ReviewSummary.Row> ORDER = Comparator
		.comparing(ReviewSummary.Row::unit, Comparator.nullsLast(Collator.getInstance(Locale.CHINA)))
		.thenComparing(ReviewSummary.Row::year, Comparator.nullsLast(Comparator.reverseOrder()));

	private final JdbcTemplate jdbc;

	private final ReviewRules rules;

	private final StoredFindings findings;

	FindingSummaries(JdbcTemplate jdbc, ReviewRules rules, StoredFindings findings) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.findings = findings;
	}

	/** A unit's year, before the counts are known. */
	private record Key(Long unitId, Integer year) {
	}

	/** Counts as they are summed up. */
	private static final class Tally {

		private final Map<String, Long> byRule = new LinkedHashMap<>();

		private final Map<String, Long> bySeverity = new LinkedHashMap<>();

		private long filings;

		private long filingsWithFindings;

		private Tally(Set<String> ruleIds) {
			ruleIds.forEach((id) -> this.byRule.put(id, 0L));
			SEVERITIES.forEach((severity) -> this.bySeverity.put(severity, 0L));
		}

		void add(String rule, String severity, long count) {
			this.byRule.merge(rule, count, Long::sum);
			this.bySeverity.merge(severity, count, Long::sum);
		}

		ReviewSummary.Row row(Long unitId, String unit, Integer year) {
			long total = this.bySeverity.values().stream().mapToLong(Long::longValue).sum();
			return new ReviewSummary.Row(unitId, unit, year, this.filings, this.filingsWithFindings,
					Collections.unmodifiableMap(new LinkedHashMap<>(this.byRule)),
					Collections.unmodifiableMap(new LinkedHashMap<>(this.bySeverity)), total);
		}

	}

	ReviewSummary summary(Integer year) {
		List<Object> args = (year != null) ? List.of(year) : List.of();
		String where = (year != null) ? " WHERE f.budget_year = ?" : "";
		Map<Key, Tally> tallies = new LinkedHashMap<>();
		Map<Key, String> unitNames = new LinkedHashMap<>();
		List<Object[]> counts = this.jdbc.query(
				FINDINGS + where + FINDINGS_GROUP, (rs,
						n) -> new Object[] { rs.getObject(1, Long.class), rs.getObject(2, Integer.class),
								rs.getString(3), rs.getString(4).toLowerCase(Locale.ROOT), rs.getLong(5) },
				args.toArray());
		Set<String> ruleIds = new LinkedHashSet<>(this.rules.ids());
		counts.forEach((count) -> ruleIds.add((String) count[2]));
		this.jdbc.query(FILINGS + where + FILINGS_GROUP, (rs) -> {
			Key key = new Key(rs.getObject(1, Long.class), rs.getObject(3, Integer.class));
			unitNames.put(key, rs.getString(2));
			Tally tally = tallies.computeIfAbsent(key, (k) -> new Tally(ruleIds));
			tally.filings = rs.getLong(4);
			tally.filingsWithFindings = rs.getLong(5);
		}, args.toArray());
		Tally totals = new Tally(ruleIds);
		for (Object[] count : counts) {
			Key key = new Key((Long) count[0], (Integer) count[1]);
			String rule = (String) count[2];
			String severity = (String) count[3];
			long number = (Long) count[4];
			tallies.computeIfAbsent(key, (k) -> new Tally(ruleIds)).add(rule, severity, number);
			totals.add(rule, severity, number);
		}
		List<ReviewSummary.Row> rows = new ArrayList<>();
		tallies.forEach((key, tally) -> {
			totals.filings += tally.filings;
			totals.filingsWithFindings += tally.filingsWithFindings;
			rows.add(tally.row(key.unitId(), unitNames.get(key), key.year()));
		});
		rows.sort(ORDER);
		StoredFindings.Status status = this.findings.status();
		return new ReviewSummary(status.current(), (status.state() != null) ? status.state().reviewedAt() : null, year,
				years(), ruleIds.stream().map(this.rules::rule).toList(), rows, totals.row(null, null, year));
	}

	private List<Integer> years() {
		return this.jdbc
			.queryForList(
					"SELECT DISTINCT budget_year FROM filing WHERE budget_year IS NOT NULL ORDER BY budget_year DESC",
					Integer.class)
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

}
