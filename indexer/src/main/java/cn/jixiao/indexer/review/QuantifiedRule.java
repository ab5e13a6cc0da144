package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.filing.ValueKind;

/**
 * Quantified where it can be: a quantitative target has its operator, number and unit; a
 * target in words costs a little (it can only be met or not), more when the indicator's
 * name or level asks for a number (…率, …数, 数量指标) and more again for a paragraph of text
 * where a target belongs. Deadlines are judged by {@link TimelinessRule}.
 */
class QuantifiedRule implements IndicatorRule {

	static final String ID = "not-quantified";

	/**
	 * Names of rates, counts and amounts: they are measured, so their targets are
	 * numbers.
	 */
	private static final Pattern NUMERIC_NAME = Pattern.compile(".*(率|数|数量|量|金额|人次|户数)$");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<IndicatorFinding> check(IndicatorFacts facts) {
		List<IndicatorFinding> findings = new ArrayList<>();
		if (facts.isQuantitative()) {
			if (!facts.hasText(facts.operator())) {
				findings
					.add(IndicatorFinding.of(Severity.WARNING, 15, "review.quantified.noOperator", facts.targetText()));
			}
			if (!facts.hasText(facts.unit())) {
				findings.add(IndicatorFinding.of(Severity.WARNING, 20, "review.quantified.noUnit", facts.targetText()));
			}
			return findings;
		}
		if (facts.kind() == ValueKind.QUALITATIVE) {
			findings.add(IndicatorFinding.of(Severity.NOTE, 10, "review.quantified.qualitative", facts.targetText()));
		}
		else if (facts.kind() == ValueKind.FREE_TEXT) {
			findings.add(IndicatorFinding.of(Severity.WARNING, 30, "review.quantified.freeText"));
		}
		if (facts.isWords()) {
			if (NUMERIC_NAME.matcher(facts.nameText()).matches()) {
				findings.add(IndicatorFinding.of(Severity.WARNING, 30, "review.quantified.numericName",
						facts.nameText(), facts.targetText()));
			}
			else if (Taxonomy.QUANTITY.equals(facts.level2())) {
				findings.add(IndicatorFinding.of(Severity.WARNING, 30, "review.quantified.quantityLevel",
						facts.targetText()));
			}
		}
		return findings;
	}

}
