package cn.jixiao.indexer.review;

import java.util.List;

import cn.jixiao.indexer.filing.Filing;

/**
 * A form states at least three indicators: fewer cannot cover output, benefit and
 * satisfaction.
 */
class IndicatorCountRule implements FilingRule {

	static final String ID = "too-few-indicators";

	private static final int MINIMUM = 3;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		int count = filing.indicators().size();
		if (count >= MINIMUM) {
			return List.of();
		}
		return List.of(new ReviewFinding(ID, Severity.WARNING, Concern.FORM, null, null,
				ReviewMessages.text("review.indicators.tooFew", count, MINIMUM), null));
	}

}
