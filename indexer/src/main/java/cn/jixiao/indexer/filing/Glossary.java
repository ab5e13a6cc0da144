package cn.jixiao.indexer.filing;

/**
 * Chinese names of the form's fields and section labels, as the forms print them. Kept in
 * one place so that the parser, the review rules and the pages use the same words.
 */
public final class Glossary {

	public static final String TARGET_FORM_TITLE = "财政项目支出绩效目标申报表";

	public static final String TRACKING_FORM_TITLE = "财政项目支出绩效跟踪表";

	public static final String TARGET_FORM = "申报表";

	public static final String TRACKING_FORM = "跟踪表";

	public static final String BUDGET_YEAR = "年度";

	public static final String PROJECT = "项目";

	public static final String PROJECT_NAME = "项目名称";

	public static final String PROJECT_NATURE = "项目性质";

	public static final String PROJECT_CATEGORY = "项目类别";

	public static final String DEPARTMENT = "主管部门";

	public static final String UNIT = "实施单位";

	public static final String START_DATE = "计划开始日期";

	public static final String END_DATE = "计划完成日期";

	public static final String TRACKING_PERIOD = "跟踪时段";

	public static final String FUNDS = "项目资金";

	public static final String PROJECT_TOTAL = "项目资金总额";

	public static final String TOTAL_REQUESTED = "年度资金申请总额";

	public static final String FISCAL_FUNDS = "财政资金";

	public static final String FISCAL = "当年财政拨款";

	public static final String CARRYOVER = "上年结转资金";

	public static final String OTHER = "其他资金";

	public static final String BUDGET_EXECUTION = "预算执行情况";

	public static final String ANNUAL_TOTAL = "年度资金总额";

	public static final String INITIAL_BUDGET = "年初预算数";

	public static final String PERIOD_BUDGET = "跟踪期预算数";

	public static final String PERIOD_EXECUTED = "跟踪期执行数";

	public static final String EXECUTION_RATE = "执行率";

	public static final String PERFORMANCE_GOAL = "项目绩效目标";

	public static final String OVERALL_GOAL = "项目总目标";

	public static final String ANNUAL_GOAL = "年度总体目标";

	public static final String ANNUAL_GOAL_2022 = "年度总目标";

	public static final String EXPECTED_GOAL = "预期目标";

	public static final String GOAL_PROGRESS = "跟踪期实际完成情况";

	public static final String INDICATORS = "绩效指标";

	public static final String LEVEL1 = "一级指标";

	public static final String LEVEL2 = "二级指标";

	public static final String LEVEL3 = "三级指标";

	public static final String TARGET_VALUE = "指标值";

	public static final String PLANNED_VALUE = "跟踪期计划完成值";

	public static final String ACTUAL_VALUE = "跟踪期实际完成值";

	public static final String DEVIATION = "偏差原因分析";

	public static final String OVERALL_JUDGEMENT = "绩效跟踪总体判断";

	public static final String BUDGET_COMPLETION_LIKELIHOOD = "年度项目预算完成可能性";

	public static final String GOAL_COMPLETION_LIKELIHOOD = "年度绩效目标完成可能性";

	public static final String CORRECTIVE_MEASURES = "纠偏措施";

	/** A review finding that must be fixed before the filing is accepted. */
	public static final String SEVERITY_ERROR = "错误";

	/** A review finding that needs a look. */
	public static final String SEVERITY_WARNING = "警告";

	/** A review finding that is advice. */
	public static final String SEVERITY_NOTE = "提示";

	private Glossary() {
	}

}
