package cn.jixiao.indexer.review;

import java.util.List;

/** An indicator without a target promises nothing: it scores 0. */
class TargetPresentRule implements IndicatorRule {

	static final String ID = "target-missing";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<IndicatorFinding> check(IndicatorFacts facts) {
		if (facts.kind() == null || !facts.hasText(facts.target())) {
			return List.of(IndicatorFinding.of(Severity.ERROR, IndicatorFinding.FULL_SCORE, "review.target.missing"));
		}
		return List.of();
	}

}
