package cn.jixiao.portal.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.jixiao.indexer.filing.FormKind;

/**
 * A whole form as the filing view lays it out. Amounts are in 元 (tracking forms' 万元
 * converted by the parser); {@code null} means the cell was blank, not zero.
 *
 * @param periodFrom first month of a tracking form's period ({@code 2024-01})
 * @param execution the tracking form's 预算执行情况; {@code null} for target forms
 * @param levels the indicator table grouped as on the paper form: 一级 → 二级 → rows
 */
record FilingView(long id, FormKind kind, Integer year, String projectName, Long projectId, String department,
		String unit, String projectNature, String projectCategory, LocalDate startDate, LocalDate endDate,
		String periodFrom, String periodTo, Funds funds, ExecutionView execution, String annualGoal,
		String goalProgress, String budgetCompletionLikelihood, String goalCompletionLikelihood,
		String correctiveMeasures, SourceRef source, int indicatorCount, List<IndicatorTable.Level1> levels) {

	record Funds(BigDecimal total, BigDecimal fiscal, BigDecimal carryover, BigDecimal other, BigDecimal projectTotal) {
	}

	/**
	 * @param ratePercent 执行率 as the unit stated it
	 * @param computedRatePercent 跟踪期执行数 ÷ 跟踪期预算数, to check the stated rate
	 * @param rateMismatch the two differ by more than rounding
	 */
	record ExecutionView(BigDecimal initialBudget, BigDecimal periodBudget, BigDecimal periodExecuted,
			BigDecimal ratePercent, BigDecimal computedRatePercent, boolean rateMismatch) {
	}

	/** Where the form was read: the file and its first and last line. */
	record SourceRef(long fileId, String fileName, int firstLine, int lastLine) {
	}

	/** One indicator row with its source lines. */
	record IndicatorRow(long id, String level1, String level2, String name, String target, String valueKind,
			String valueOperator, BigDecimal valueNumber, String valueUnit, String planned, String actual,
			String deviation, int firstLine, int lastLine) {
	}

}
