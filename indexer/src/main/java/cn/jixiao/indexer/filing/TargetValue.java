package cn.jixiao.indexer.filing;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A target value read with the value grammar, keeping the text as written.
 *
 * @param kind what the statement is
 * @param operator one of {@code = ≥ ≤ > <} (ASCII and full-width variants folded),
 * {@code null} when the value has none
 * @param number the number of a quantitative value
 * @param unit the unit without its brackets ({@code %}, {@code 元/人/月}, {@code 人次});
 * {@code null} when none
 * @param raw the text as written (normalised whitespace, LaTeX and HTML removed)
 */
public record TargetValue(ValueKind kind, String operator, BigDecimal number, String unit, String raw) {

	@JsonIgnore
	public boolean isQuantitative() {
		return this.kind == ValueKind.QUANTITATIVE;
	}

}
