package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * Percentages lie between 0 and 100, and a target that cannot fail (≥0, ≤100%) measures
 * nothing.
 */
class PercentRangeRule implements IndicatorRule {

	static final String ID = "percent-range";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<IndicatorFinding> check(IndicatorFacts facts) {
		if (!facts.isQuantitative() || facts.number() == null) {
			return List.of();
		}
		BigDecimal number = facts.number();
		boolean percent = "%".equals(facts.unit());
		if (percent && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
			return List.of(IndicatorFinding.of(Severity.WARNING, 40, "review.percent.outOfRange", plain(number)));
		}
		boolean atLeastZero = "≥".equals(facts.operator()) && number.signum() == 0;
		boolean atMostAll = percent && "≤".equals(facts.operator()) && number.compareTo(HUNDRED) == 0;
		if (atLeastZero || atMostAll) {
			return List.of(IndicatorFinding.of(Severity.NOTE, 30, "review.percent.alwaysMet", facts.targetText()));
		}
		return List.of();
	}

	static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
