package cn.jixiao.indexer.review;

/**
 * One thing a review found in a form.
 *
 * @param rule the rule's id, stable across releases (stored, filtered by, exported), e.g.
 * {@code vague-target}
 * @param severity how much it matters
 * @param concern what part of the form it is about
 * @param indicator 0-based position of the indicator in the form's indicator list when
 * {@code concern} is {@link Concern#INDICATOR}, else {@code null}
 * @param indicatorName that indicator's 三级指标, for display; {@code null} otherwise
 * @param explanation what is wrong, in plain Chinese
 * @param suggestion a fix from the library; {@code null} when there is none
 */
public record ReviewFinding(String rule, Severity severity, Concern concern, Integer indicator, String indicatorName,
		String explanation, Suggestion suggestion) {
}
