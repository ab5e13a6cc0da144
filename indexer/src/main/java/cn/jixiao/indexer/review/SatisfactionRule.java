package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.filing.ValueKind;

/**
 * Satisfaction (满意度) is surveyed, so its target is a share with a floor (≥90%), not the
 * word 满意. Other indicators under 服务对象满意度指标 (e.g. complaint counts) only need a number.
 */
class SatisfactionRule implements IndicatorRule {

	static final String ID = "satisfaction-target";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<IndicatorFinding> check(IndicatorFacts facts) {
		boolean named = facts.nameText().contains("满意");
		if (!named && !Taxonomy.SERVICE_SATISFACTION.equals(facts.level2())) {
			return List.of();
		}
		List<IndicatorFinding> findings = new ArrayList<>();
		if (facts.isWords() || facts.kind() == ValueKind.DEADLINE) {
			findings
				.add(IndicatorFinding.of(Severity.WARNING, 50, "review.satisfaction.notNumber", facts.targetText()));
		}
		else if (facts.isQuantitative() && named) {
			if (facts.hasText(facts.unit()) && !"%".equals(facts.unit())) {
				findings.add(IndicatorFinding.of(Severity.NOTE, 20, "review.satisfaction.notPercent", facts.unit()));
			}
			if ("≤".equals(facts.operator()) || "<".equals(facts.operator())) {
				findings
					.add(IndicatorFinding.of(Severity.WARNING, 30, "review.satisfaction.ceiling", facts.targetText()));
			}
		}
		return findings;
	}

}
