package cn.jixiao.portal.library;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator group of the library: a normalised name within a 二级指标, with how it is
 * written, how much it is used, its usual targets, the numbers' quartiles per unit of
 * measure, what tracking forms report, and its well-formedness.
 *
 * @param level1 一级指标
 * @param level2 二级指标
 * @param key the normalised name the group stands for
 * @param name the name as most often written
 * @param variants every way of writing it, most used first
 * @param filings how many filings use it
 * @param units how many 实施单位 use it
 * @param uses how many indicator rows (a form may, wrongly, hold it twice)
 * @param firstYear the earliest budget year it appears in
 * @param lastYear the latest
 * @param yearCount in how many budget years it appears
 * @param targets the distribution of targets, most used first (the list shows the top
 * few)
 * @param targetCount how many different targets there are
 * @param stats quartiles of the numbers per unit of measure
 * @param attainment what tracking forms report; {@code null} when none does
 * @param score the use-weighted mean of the members' scores, 0–100
 * @param fullScoreShare share of uses (0–1) that score 100
 * @param reasons the rules' findings over all uses, weightiest first
 * @param latestFiling the most recently imported filing that uses it
 */
record GroupRow(String level1, String level2, String key, String name, List<Variant> variants, long filings, long units,
		long uses, Integer firstYear, Integer lastYear, long yearCount, List<TargetShare> targets, int targetCount,
		List<UnitStats> stats, Attainment attainment, int score, double fullScoreShare, List<Reason> reasons,
		long latestFiling) {

	record Variant(String name, long uses) {
	}

	/**
	 * One target as analysts read it ({@code =100%}, {@code 及时}), with its own score.
	 */
	record TargetShare(String label, String kind, long filings, long uses, double share, int score,
			List<String> reasons) {
	}

	record UnitStats(String unit, long count, BigDecimal min, BigDecimal q1, BigDecimal median, BigDecimal q3,
			BigDecimal max) {
	}

	/** A finding of the rules, with how many uses it applies to. */
	record Reason(String text, int deduction, long uses) {
	}

	/** The same group with only the first few targets and reasons, for the list. */
	GroupRow brief(int targetsShown, int reasonsShown) {
		return new GroupRow(this.level1, this.level2, this.key, this.name, this.variants, this.filings, this.units,
				this.uses, this.firstYear, this.lastYear, this.yearCount,
				this.targets.subList(0, Math.min(targetsShown, this.targets.size())), this.targetCount, this.stats,
				this.attainment, this.score, this.fullScoreShare,
				this.reasons.subList(0, Math.min(reasonsShown, this.reasons.size())), this.latestFiling);
	}

}
