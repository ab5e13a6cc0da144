package cn.jixiao.portal.library;

import java.util.List;

/**
 * A group's detail view: the group with all its targets and reasons, the filings that use
 * it and what tracking forms report, each list capped at {@code shown} (the exports hold
 * everything).
 *
 * @param group the group
 * @param years its use per budget year, newest first
 * @param examples filings using it, newest year first
 * @param exampleTotal how many uses there are in all
 * @param actuals tracking forms' planned and actual values (rows without an actual left
 * out)
 * @param actualTotal how many tracking uses report an actual value
 * @param shown the cap of both lists
 */
record GroupDetail(GroupRow group, List<LibraryQueries.YearCount> years, List<Example> examples, long exampleTotal,
		List<Actual> actuals, long actualTotal, int shown) {

	/**
	 * One filing's use of the indicator, with the score of the way it is written there.
	 */
	record Example(long filingId, String projectName, String unit, Integer year, String kind, String name,
			String target, int score) {
	}

	/** One tracking form's report on the indicator. */
	record Actual(long filingId, String projectName, String unit, Integer year, String period, String name,
			String target, String planned, String actual, String outcome, String deviation) {
	}

}
