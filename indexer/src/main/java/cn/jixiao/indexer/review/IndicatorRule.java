package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.TargetValue;

/**
 * One of the rules analysts apply to an indicator on its own (DOMAIN.md, "What makes an
 * indicator well-formed"). The indicator library scores the ways an indicator is written
 * with these rules, and the review applies them to each row of a form, so a target reads
 * the same on both.
 */
public interface IndicatorRule extends FilingRule {

	List<IndicatorFinding> check(IndicatorFacts facts);

	/**
	 * Each row's defects, with the library's usual quantified target as the fix where it
	 * differs from what the row says.
	 */
	@Override
	default List<ReviewFinding> check(Filing filing, ReviewContext context) {
		List<ReviewFinding> findings = new ArrayList<>();
		List<Indicator> indicators = filing.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			List<IndicatorFinding> defects = check(IndicatorFacts.of(indicator)).stream()
				.filter(IndicatorFinding::isDefect)
				.toList();
			if (defects.isEmpty()) {
				continue;
			}
			Suggestion suggestion = usualTarget(indicator, context).orElse(null);
			for (IndicatorFinding defect : defects) {
				findings.add(new ReviewFinding(id(), defect.severity(), Concern.INDICATOR, i, indicator.name(),
						defect.explanation(), suggestion));
			}
		}
		return findings;
	}

	private static Optional<Suggestion> usualTarget(Indicator indicator, ReviewContext context) {
		TargetValue value = indicator.value();
		String written = (value != null && value.isQuantitative() && value.number() != null)
				? TargetText.of(value.operator(), value.number(), value.unit()) : null;
		return context.usualTarget(indicator.level2(), indicator.name())
			.filter((suggestion) -> !suggestion.target().equals(written));
	}

}
