package cn.jixiao.indexer.review;

import java.util.List;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Taxonomy;

/**
 * Shanghai's guideline on core indicators (上海市财政局, 2025-01-02) says every project should
 * in principle carry a 成本指标, its unit costs set from spending standards. Forms for budget
 * years before 2025 were drawn up without it and are not held to it.
 */
class CostIndicatorRule implements FilingRule {

	static final String ID = "cost-missing";

	private static final int GUIDELINE_YEAR = 2025;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		if (filing.year() != null && filing.year() < GUIDELINE_YEAR) {
			return List.of();
		}
		boolean costed = filing.indicators().stream().map(Levels::level1).anyMatch(Taxonomy.COST::equals);
		if (costed) {
			return List.of();
		}
		return List.of(new ReviewFinding(ID, Severity.WARNING, Concern.FORM, null, null,
				ReviewMessages.text("review.cost.missing"), null));
	}

}
