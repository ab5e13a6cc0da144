package cn.jixiao.portal.review;

import java.util.List;

/**
 * One of the rules analysts apply to an indicator (DOMAIN.md, "What makes an indicator
 * well-formed"). A rule looks at one indicator on its own and says what is wrong with it,
 * if anything; rules over a whole form (levels present, duplicates) are another matter.
 */
public interface IndicatorRule {

	List<Finding> check(IndicatorFacts facts);

}
