package cn.jixiao.indexer.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.filing.TargetValue;

/**
 * A parse result in the form two renderings of one filing must agree on. The parser keeps
 * a target's text as written, so renderings may differ there in operator spelling
 * ({@code >=} for {@code ≥}), bracket width ({@code （%）} for {@code (%)}) and spacing
 * (three cells {@code =} {@code 100.00} {@code (%)} cannot tell whether the filing had
 * {@code =100.00 (%)} or {@code =100.00(%)}); everything else must be equal.
 */
record CanonicalParse(List<Filing> forms, Set<ParseProblem> problems) {

	static CanonicalParse of(ParseResult result) {
		return new CanonicalParse(result.forms().stream().map(CanonicalParse::form).toList(),
				new LinkedHashSet<>(result.problems()));
	}

	static String foldTargetText(String text) {
		if (text == null) {
			return null;
		}
		return text.replace(">=", "≥").replace("<=", "≤").replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
	}

	private static Filing form(Filing form) {
		return new Filing(form.source(), form.index(), form.kind(), form.year(), form.trackingPeriod(),
				form.projectName(), form.department(), form.unit(), form.projectNature(), form.projectCategory(),
				form.startDate(), form.endDate(), form.funds(), form.execution(), form.annualGoal(),
				form.goalProgress(), form.budgetCompletionLikelihood(), form.goalCompletionLikelihood(),
				form.correctiveMeasures(), form.lines(),
				form.indicators().stream().map(CanonicalParse::indicator).toList());
	}

	private static Indicator indicator(Indicator indicator) {
		return new Indicator(indicator.level1(), indicator.level2(), indicator.name(),
				foldTargetText(indicator.target()), value(indicator.value()), indicator.planned(), indicator.actual(),
				indicator.deviation(), indicator.lines());
	}

	private static TargetValue value(TargetValue value) {
		if (value == null) {
			return null;
		}
		return new TargetValue(value.kind(), value.operator(), value.number(), value.unit(),
				foldTargetText(value.raw()));
	}

}
