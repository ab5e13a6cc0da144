package cn.jixiao.indexer.filing;

import java.time.LocalDate;
import java.util.List;

/**
 * One form as filed: a 财政项目支出绩效目标申报表 or a 财政项目支出绩效跟踪表.
 *
 * @param source file name the form was read from
 * @param index 1-based position of the form within its file
 * @param year budget year (target forms) or the year of the tracking period
 * @param trackingPeriod {@code null} for target forms
 * @param funds in 元
 * @param execution {@code null} for target forms
 * @param annualGoal 年度总体目标 (target) or 预期目标 (tracking)
 * @param goalProgress 跟踪期实际完成情况 (tracking only)
 * @param lines first and last source line of the form
 */
public record Filing(String source, int index, FormKind kind, Integer year, TrackingPeriod trackingPeriod,
		String projectName, String department, String unit, String projectNature, String projectCategory,
		LocalDate startDate, LocalDate endDate, Funds funds, Execution execution, String annualGoal,
		String goalProgress, String budgetCompletionLikelihood, String goalCompletionLikelihood,
		String correctiveMeasures, LineRange lines, List<Indicator> indicators) {

	public Filing {
		indicators = List.copyOf(indicators);
	}

}
