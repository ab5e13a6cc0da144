package cn.jixiao.indexer.review;

import java.math.BigDecimal;

import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueKind;

/**
 * An indicator as the rules see it: its levels, its name and its target as written with
 * the parser's structured reading. Everything may be {@code null} except the name.
 *
 * @param level1 一级指标
 * @param level2 二级指标
 * @param name 三级指标, as written or as its key
 * @param target the target as written
 * @param kind what the target states; {@code null} when there is no target
 * @param operator {@code = ≥ ≤ > <} of a quantitative target
 * @param number the number of a quantitative target
 * @param unit the unit of measure of a quantitative target
 */
public record IndicatorFacts(String level1, String level2, String name, String target, ValueKind kind, String operator,
		BigDecimal number, String unit) {

	/** A row of a form, as written. */
	public static IndicatorFacts of(Indicator indicator) {
		TargetValue value = indicator.value();
		if (value == null) {
			return new IndicatorFacts(indicator.level1(), indicator.level2(), indicator.name(), indicator.target(),
					null, null, null, null);
		}
		return new IndicatorFacts(indicator.level1(), indicator.level2(), indicator.name(), indicator.target(),
				value.kind(), value.operator(), value.number(), value.unit());
	}

	boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	boolean isQuantitative() {
		return this.kind == ValueKind.QUANTITATIVE;
	}

	/**
	 * A target stated in words (qualitative or a longer text), not a number or a date.
	 */
	boolean isWords() {
		return this.kind == ValueKind.QUALITATIVE || this.kind == ValueKind.FREE_TEXT;
	}

	String targetText() {
		return (this.target != null) ? this.target.strip() : "";
	}

	String nameText() {
		return (this.name != null) ? this.name : "";
	}

}
