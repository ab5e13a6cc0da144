package cn.jixiao.indexer.filing;

/**
 * One row of the indicator table: a 三级指标 under its 一级/二级 labels. Tracking forms also
 * carry the period's planned and actual values and the deviation analysis.
 *
 * @param target the 指标值 as written, {@code null} when the cell is empty
 * @param value the target read with the value grammar, {@code null} when there is no
 * target
 */
public record Indicator(String level1, String level2, String name, String target, TargetValue value, String planned,
		String actual, String deviation, LineRange lines) {

}
