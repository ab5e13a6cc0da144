package cn.jixiao.indexer.index;

import java.math.BigDecimal;

/**
 * A condition on an indicator's parsed target value (指标值), e.g. {@code 指标值<90%} or
 * {@code 单位=元/人}. Only indicators with a structured value can match; filings never do.
 * Stated as a range on the number plus an exact unit, so that every backend runs it as a
 * plain range and term query.
 *
 * @param comparison how the target's number compares with {@code number}; {@code null}
 * for a unit-only condition
 * @param number the number compared with; {@code null} exactly when comparison is
 * @param unit the unit the target must carry (as the parser writes it: {@code %},
 * {@code 元/人}); {@code null} for any unit
 */
public record TargetFilter(Comparison comparison, BigDecimal number, String unit) {

	/** How a target's number relates to the number written in the search. */
	public enum Comparison {

		EQ, GT, GE, LT, LE

	}

	public TargetFilter {
		if ((comparison == null) != (number == null)) {
			throw new IllegalArgumentException("a comparison needs a number and a number a comparison");
		}
		unit = (unit != null && !unit.isBlank()) ? unit.strip() : null;
		if (comparison == null && unit == null) {
			throw new IllegalArgumentException("a target filter needs a number or a unit");
		}
	}

	public static TargetFilter of(Comparison comparison, BigDecimal number, String unit) {
		return new TargetFilter(comparison, number, unit);
	}

	public static TargetFilter unit(String unit) {
		return new TargetFilter(null, null, unit);
	}

}
