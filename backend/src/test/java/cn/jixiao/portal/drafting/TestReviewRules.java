package cn.jixiao.portal.drafting;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.review.Concern;
import cn.jixiao.indexer.review.FilingRule;
import cn.jixiao.indexer.review.ReviewContext;
import cn.jixiao.indexer.review.ReviewFinding;
import cn.jixiao.indexer.review.Severity;
import cn.jixiao.indexer.review.Suggestion;

/**
 * Two small rules of the standard kind (a 满意度 indicator needs a number; a form needs at
 * least three indicators), so that the draft review's plumbing is tested apart from the
 * standard rules, whose wording and thresholds may change.
 */
final class TestReviewRules {

	private TestReviewRules() {
	}

	static final String SATISFACTION_RULE = "test-satisfaction-number";

	static final String THREE_RULE = "test-at-least-three";

	static final class SatisfactionNeedsNumber implements FilingRule {

		@Override
		public String id() {
			return SATISFACTION_RULE;
		}

		@Override
		public List<ReviewFinding> check(Filing filing, ReviewContext context) {
			List<ReviewFinding> findings = new ArrayList<>();
			List<Indicator> indicators = filing.indicators();
			for (int i = 0; i < indicators.size(); i++) {
				Indicator indicator = indicators.get(i);
				boolean satisfaction = Taxonomy.SATISFACTION.equals(indicator.level1());
				if (satisfaction && (indicator.value() == null || indicator.value().number() == null)) {
					findings.add(new ReviewFinding(id(), Severity.WARNING, Concern.INDICATOR, i, indicator.name(),
							"满意度指标应写比例（如 ≥90%），而不是“" + indicator.target() + "”",
							context.usualTarget(indicator.level2(), indicator.name())
								.orElse(new Suggestion(indicator.name(), "≥90%", 0))));
				}
			}
			return findings;
		}

	}

	static final class AtLeastThree implements FilingRule {

		@Override
		public String id() {
			return THREE_RULE;
		}

		@Override
		public List<ReviewFinding> check(Filing filing, ReviewContext context) {
			return (filing.indicators().size() >= 3) ? List.of() : List.of(new ReviewFinding(id(), Severity.WARNING,
					Concern.FORM, null, null, "一张申报表至少应有三项绩效指标，现有 " + filing.indicators().size() + " 项", null));
		}

	}

}
