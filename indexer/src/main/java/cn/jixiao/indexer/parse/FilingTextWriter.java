package cn.jixiao.indexer.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.StringJoiner;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.Indicator;

/**
 * Writes forms as tab-separated text in the layout of the published filings, which
 * {@link FilingParser} reads back to the same forms. Used for drafts and for synthetic
 * corpora.
 */
public final class FilingTextWriter {

	public String write(List<Filing> forms) {
		StringBuilder text = new StringBuilder();
		for (Filing form : forms) {
			if (form.kind() == FormKind.TRACKING) {
				tracking(form, text);
			}
			else {
				target(form, text);
			}
			text.append('\n');
		}
		return text.toString();
	}

	private static void target(Filing form, StringBuilder text) {
		row(text, Glossary.TARGET_FORM_TITLE);
		row(text, "(" + form.year() + "年度)");
		row(text, Glossary.PROJECT_NAME, form.projectName(), Glossary.PROJECT_NATURE, form.projectNature(),
				Glossary.PROJECT_CATEGORY, form.projectCategory());
		row(text, Glossary.DEPARTMENT, form.department(), Glossary.UNIT, form.unit());
		row(text, Glossary.START_DATE, string(form.startDate()), Glossary.END_DATE, string(form.endDate()));
		Funds funds = form.funds();
		row(text, Glossary.FUNDS + "(元)", Glossary.PROJECT_TOTAL + ":", amount(funds.projectTotal()),
				Glossary.TOTAL_REQUESTED + ":", amount(funds.total()));
		row(text, "", "其中: " + Glossary.FISCAL_FUNDS, "", "其中: " + Glossary.FISCAL, amount(funds.fiscal()));
		row(text, "", "", "", Glossary.CARRYOVER, amount(funds.carryover()));
		row(text, "", Glossary.OTHER, "", Glossary.OTHER, amount(funds.other()));
		row(text, Glossary.PERFORMANCE_GOAL, Glossary.OVERALL_GOAL, "", Glossary.ANNUAL_GOAL);
		row(text, "", "", "", nullToEmpty(form.annualGoal()));
		row(text, "", Glossary.LEVEL1, Glossary.LEVEL2, Glossary.LEVEL3, "年度(/项目)" + Glossary.TARGET_VALUE);
		String previous = null;
		for (Indicator indicator : form.indicators()) {
			String level2 = java.util.Objects.equals(indicator.level2(), previous) ? "" : indicator.level2();
			row(text, "", nullToEmpty(indicator.level1()), nullToEmpty(level2), indicator.name(),
					nullToEmpty(indicator.target()));
			previous = indicator.level2();
		}
	}

	private static void tracking(Filing form, StringBuilder text) {
		row(text, Glossary.TRACKING_FORM_TITLE);
		row(text, Glossary.TRACKING_PERIOD + "：（ " + yearMonth(form.trackingPeriod().from()) + " 至 "
				+ yearMonth(form.trackingPeriod().to()) + " ）");
		row(text, Glossary.PROJECT_NAME, "", form.projectName());
		row(text, Glossary.DEPARTMENT, "", form.department(), "", "", Glossary.UNIT, form.unit());
		row(text, Glossary.BUDGET_EXECUTION + " (万元)", "", "", "", "", Glossary.INITIAL_BUDGET, Glossary.PERIOD_BUDGET,
				Glossary.PERIOD_EXECUTED, Glossary.EXECUTION_RATE + "(%)");
		Funds funds = form.funds();
		Execution execution = form.execution();
		row(text, "", "", Glossary.ANNUAL_TOTAL, "", "", wan(funds.total()), wan(execution.periodBudget()),
				wan(execution.periodExecuted()), amount(execution.ratePercent()));
		row(text, "", "", "其中：" + Glossary.FISCAL, "", "", wan(funds.fiscal()), "", "", "");
		row(text, "", "", Glossary.CARRYOVER, "", "", wan(funds.carryover()), "", "", "");
		row(text, "", "", Glossary.OTHER, "", "", wan(funds.other()), "", "", "");
		row(text, Glossary.ANNUAL_GOAL, Glossary.EXPECTED_GOAL, "", "", "", Glossary.GOAL_PROGRESS);
		row(text, "", nullToEmpty(form.annualGoal()), "", "", "", nullToEmpty(form.goalProgress()));
		row(text, "", Glossary.LEVEL1, Glossary.LEVEL2, Glossary.LEVEL3, "年度" + Glossary.TARGET_VALUE,
				Glossary.PLANNED_VALUE, Glossary.ACTUAL_VALUE, Glossary.DEVIATION);
		for (Indicator indicator : form.indicators()) {
			row(text, "", nullToEmpty(indicator.level1()), nullToEmpty(indicator.level2()), indicator.name(),
					nullToEmpty(indicator.target()), nullToEmpty(indicator.planned()), nullToEmpty(indicator.actual()),
					nullToEmpty(indicator.deviation()));
		}
		row(text, Glossary.OVERALL_JUDGEMENT, "", Glossary.BUDGET_COMPLETION_LIKELIHOOD,
				nullToEmpty(form.budgetCompletionLikelihood()));
		row(text, "", "", Glossary.GOAL_COMPLETION_LIKELIHOOD, nullToEmpty(form.goalCompletionLikelihood()));
		row(text, Glossary.CORRECTIVE_MEASURES, "", nullToEmpty(form.correctiveMeasures()));
	}

	private static void row(StringBuilder text, String... cells) {
		StringJoiner line = new StringJoiner("\t");
		for (String cell : cells) {
			line.add(nullToEmpty(cell).replace('\t', ' ').replace('\n', ' '));
		}
		text.append(line).append('\n');
	}

	private static String amount(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : "";
	}

	private static String wan(BigDecimal yuan) {
		return (yuan != null) ? yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString() : "";
	}

	private static String yearMonth(java.time.YearMonth month) {
		return month.getYear() + "年" + month.getMonthValue() + "月";
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
