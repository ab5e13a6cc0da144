package cn.jixiao.portal.review;

import cn.jixiao.indexer.review.Suggestion;

/**
 * A stored finding as the filing view shows it.
 *
 * @param rule the rule's id
 * @param ruleName its Chinese name
 * @param severity {@code error}, {@code warning} or {@code note} (错误/警告/提示 in the
 * glossary)
 * @param concern {@code form}, {@code funds}, {@code execution} or {@code indicator}
 * @param indicatorId the indicator row it concerns; {@code null} for the form as a whole
 * @param suggestion a fix from the library; {@code null} when there is none
 */
public record FindingView(String rule, String ruleName, String severity, String concern, Long indicatorId,
		String indicatorName, String explanation, Suggestion suggestion) {

}
