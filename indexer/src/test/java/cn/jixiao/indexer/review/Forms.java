package cn.jixiao.indexer.review;

import java.util.List;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.parse.TargetValueParser;

/**
 * Forms made for the rules that no seed triggers, written as the seeds write them.
 */
final class Forms {

	private static final TargetValueParser VALUES = new TargetValueParser();

	private Forms() {
	}

	static Indicator indicator(String level1, String level2, String name, String target) {
		return new Indicator(level1, level2, name, target, VALUES.parse(target), null, null, null, LineRange.of(1));
	}

	/** A well-formed indicator set: output, benefit, satisfaction and cost. */
	static List<Indicator> wellFormed() {
		return List.of(indicator("成本指标", "经济成本指标", "人均培训成本", "≤33.00(元/人)"),
				indicator("产出指标", "数量指标", "计划举办培训场次", "=3.00(场)"), indicator("效益指标", "社会效益指标", "政策知晓度", "≥95.00(%)"),
				indicator("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥95.00(%)"));
	}

	static Filing target(String unit, String project, int year, Funds funds, List<Indicator> indicators) {
		return new Filing("draft.txt", 1, FormKind.TARGET, year, null, project, "上海市松江区人力资源和社会保障局", unit, "经常性项目",
				"特定目标类", null, null, funds, null, "年度目标", null, null, null, null, new LineRange(1, 20), indicators);
	}

	/** A seed form as it would read with other funds. */
	static Filing withFunds(Filing form, Funds funds) {
		return new Filing(form.source(), form.index(), form.kind(), form.year(), form.trackingPeriod(),
				form.projectName(), form.department(), form.unit(), form.projectNature(), form.projectCategory(),
				form.startDate(), form.endDate(), funds, form.execution(), form.annualGoal(), form.goalProgress(),
				form.budgetCompletionLikelihood(), form.goalCompletionLikelihood(), form.correctiveMeasures(),
				form.lines(), form.indicators());
	}

	/** A seed tracking form as it would read with another execution block. */
	static Filing withExecution(Filing form, Execution execution) {
		return new Filing(form.source(), form.index(), form.kind(), form.year(), form.trackingPeriod(),
				form.projectName(), form.department(), form.unit(), form.projectNature(), form.projectCategory(),
				form.startDate(), form.endDate(), form.funds(), execution, form.annualGoal(), form.goalProgress(),
				form.budgetCompletionLikelihood(), form.goalCompletionLikelihood(), form.correctiveMeasures(),
				form.lines(), form.indicators());
	}

	/** A seed form as it would read with other indicator rows. */
	static Filing withIndicators(Filing form, List<Indicator> indicators) {
		return new Filing(form.source(), form.index(), form.kind(), form.year(), form.trackingPeriod(),
				form.projectName(), form.department(), form.unit(), form.projectNature(), form.projectCategory(),
				form.startDate(), form.endDate(), form.funds(), form.execution(), form.annualGoal(),
				form.goalProgress(), form.budgetCompletionLikelihood(), form.goalCompletionLikelihood(),
				form.correctiveMeasures(), form.lines(), indicators);
	}

}
