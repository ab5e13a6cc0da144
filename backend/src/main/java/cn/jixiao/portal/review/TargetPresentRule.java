package cn.jixiao.portal.review;

import java.util.List;

/** An indicator without a target promises nothing: it scores 0. */
class TargetPresentRule implements IndicatorRule {

	@Override
	public List<Finding> check(IndicatorFacts facts) {
		if (facts.kind() == null || !facts.hasText(facts.target())) {
			return List.of(Finding.of("target", Verdict.FULL, "review.target.missing"));
		}
		return List.of();
	}

}
