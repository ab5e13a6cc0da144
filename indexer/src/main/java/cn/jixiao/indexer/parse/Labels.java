package cn.jixiao.indexer.parse;

import java.util.Set;

import cn.jixiao.indexer.filing.Glossary;

/**
 * Recognises the form's printed labels however the PDF split or decorated them: "其中:
 * 当年财政拨款", "项目资金总额：", "年度项目预算 完成可能性", "执行率(%)".
 */
final class Labels {

	static final Set<String> HEADER_FIELDS = Set.of(Glossary.PROJECT_NAME, Glossary.PROJECT_NATURE,
			Glossary.PROJECT_CATEGORY, Glossary.DEPARTMENT, Glossary.UNIT, Glossary.START_DATE, Glossary.END_DATE);

	static final Set<String> FUND_FIELDS = Set.of(Glossary.FUNDS, Glossary.PROJECT_TOTAL, Glossary.TOTAL_REQUESTED,
			Glossary.FISCAL_FUNDS, Glossary.FISCAL, Glossary.CARRYOVER, Glossary.OTHER, Glossary.BUDGET_EXECUTION,
			Glossary.ANNUAL_TOTAL, Glossary.INITIAL_BUDGET, Glossary.PERIOD_BUDGET, Glossary.PERIOD_EXECUTED,
			Glossary.EXECUTION_RATE);

	static final Set<String> GOAL_HEADINGS = Set.of(Glossary.OVERALL_GOAL, Glossary.ANNUAL_GOAL,
			Glossary.ANNUAL_GOAL_2022, Glossary.EXPECTED_GOAL);

	static final Set<String> GOAL_LABELS = Set.of(Glossary.PERFORMANCE_GOAL, Glossary.OVERALL_GOAL,
			Glossary.ANNUAL_GOAL, Glossary.ANNUAL_GOAL_2022, Glossary.EXPECTED_GOAL, Glossary.GOAL_PROGRESS, "项目目标",
			"绩效目标");

	static final Set<String> CLOSING_FIELDS = Set.of(Glossary.OVERALL_JUDGEMENT, Glossary.BUDGET_COMPLETION_LIKELIHOOD,
			Glossary.GOAL_COMPLETION_LIKELIHOOD, Glossary.CORRECTIVE_MEASURES);

	private Labels() {
	}

	/**
	 * The label a cell stands for: spaces removed, a leading "其中:" and a trailing colon
	 * or unit in brackets dropped.
	 */
	static String key(String cell) {
		String text = CellText.compact(cell);
		if (text.startsWith("其中")) {
			text = text.substring(2);
			if (!text.isEmpty() && (text.charAt(0) == ':' || text.charAt(0) == '：')) {
				text = text.substring(1);
			}
		}
		int end = text.length();
		while (end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '：')) {
			end--;
		}
		text = text.substring(0, end);
		return stripUnitSuffix(text);
	}

	/**
	 * The unit a label names in brackets, e.g. 万元 in "预算执行情况 (万元)"; {@code null} when
	 * none.
	 */
	static String unitSuffix(String cell) {
		String text = CellText.compact(cell);
		int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
		if (open < 0 || !(text.endsWith(")") || text.endsWith("）"))) {
			return null;
		}
		return text.substring(open + 1, text.length() - 1);
	}

	private static String stripUnitSuffix(String text) {
		if (!(text.endsWith(")") || text.endsWith("）"))) {
			return text;
		}
		int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
		if (open <= 0) {
			return text;
		}
		String unit = text.substring(open + 1, text.length() - 1);
		return (unit.equals("元") || unit.equals("万元") || unit.equals("%")) ? text.substring(0, open) : text;
	}

	static boolean isAnyLabelKey(String key) {
		return HEADER_FIELDS.contains(key) || FUND_FIELDS.contains(key) || GOAL_LABELS.contains(key)
				|| CLOSING_FIELDS.contains(key);
	}

}
