package cn.jixiao.portal.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.portal.review.FindingView;

/**
 * A whole form as the filing view lays it out. Amounts are in 元 (tracking forms' 万元
 * converted by the parser); {@code null} means the cell was blank, not zero.
 *
 * @param periodFrom first month of a tracking form's period ({@code 2024-01})
 * @param execution the tracking form's 预算执行情况; {@code null} for target forms
 * @param levels the indicator table grouped as on the paper form: 一级 → 二级 → rows
 * @param review what the review found in the form; its indicator rows carry their own
 * findings
 */
record FilingView(long id, FormKind kind, Integer year, String projectName, Long projectId, String department,
		String unit, String projectNature, String projectCategory, LocalDate startDate, LocalDate endDate,
		String periodFrom, String periodTo, Funds funds, ExecutionView execution, String annualGoal,
		String goalProgress, String budgetCompletionLikelihood, String goalCompletionLikelihood,
		String correctiveMeasures, SourceRef source, int indicatorCount, List<IndicatorTable.Level1> levels,
		Review review) {

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

	/** One indicator row with its source lines and what the review found in it. */
	record IndicatorRow(long id, String level1, String level2, String name, String target, String valueKind,
			String valueOperator, BigDecimal valueNumber, String valueUnit, String planned, String actual,
			String deviation, int firstLine, int lastLine, List<FindingView> findings) {
	}

	/**
	 * The review of the form.
	 *
	 * @param current whether the findings reflect the store as it is (a refresh follows
	 * every import within seconds)
	 * @param reviewedAt when the findings were computed; {@code null} before the first
	 * review
	 * @param counts findings by severity ({@code error}, {@code warning}, {@code note}),
	 * indicator rows' included
	 * @param findings those about the form as a whole: its set of indicators, funds,
	 * execution
	 */
	record Review(boolean current, Instant reviewedAt, Map<String, Long> counts, List<FindingView> findings) {
	}

}
