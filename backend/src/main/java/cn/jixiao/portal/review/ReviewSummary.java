package cn.jixiao.portal.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The findings summary per unit and year: how many findings of each rule and of each
 * severity the filings of a unit in a year have.
 *
 * @param current whether the findings reflect the store as it is
 * @param reviewedAt when they were computed; {@code null} before the first review
 * @param year the year chosen; {@code null} for all
 * @param years the years with filings, newest first, to choose from
 * @param rules the columns: the review's rules in their order, then rules only stored
 * findings know
 * @param rows one per unit and year with filings, by unit then newest year first
 * @param totals the sums over the rows
 */
public record ReviewSummary(boolean current, Instant reviewedAt, Integer year, List<Integer> years,
		List<ReviewRules.Rule> rules, List<Row> rows, Row totals) {

	/**
	 * @param unitId {@code null} for filings without a unit, and in the totals
	 * @param filings the unit's forms of the year
	 * @param filingsWithFindings those with at least one finding
	 * @param byRule findings per rule id (every rule of the summary, 0 included)
	 * @param bySeverity findings per severity ({@code error}, {@code warning},
	 * {@code note})
	 * @param findings all findings
	 */
	public record Row(Long unitId, String unit, Integer year, long filings, long filingsWithFindings,
			Map<String, Long> byRule, Map<String, Long> bySeverity, long findings) {
	}

}
