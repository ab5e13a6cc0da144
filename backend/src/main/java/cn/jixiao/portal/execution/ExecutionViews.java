package cn.jixiao.portal.execution;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.portal.execution.Assessment.AssessedIndicator;
import cn.jixiao.portal.execution.TrackingStore.FilingTexts;
import cn.jixiao.portal.execution.TrackingStore.FilterOptions;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.MessageBundle;

/**
 * What the API returns: assessments as flat records, findings worded from the message
 * bundle, laggards in the requested order.
 */
@Component
class ExecutionViews {

	private final MessageBundle messages;

	ExecutionViews(MessageBundle messages) {
		this.messages = messages;
	}

	/** The thresholds and the budget figure the lights use, for API clients. */
	record Rule(String budgetFigure, BigDecimal redBelow, BigDecimal greenFrom, BigDecimal overAbove) {
	}

	record Summary(int forms, long red, long yellow, long over, long green, long none, int findings) {
	}

	record Overview(Rule rule, Summary summary, FilterOptions options, List<ProjectView> projects,
			List<FindingView> findings) {
	}

	/**
	 * One tracking form in the laggards list; amounts in 元, percentages one or two
	 * decimals.
	 */
	record ProjectView(long filingId, String projectName, String unit, String department, Integer year,
			String periodFrom, String periodTo, Integer monthsElapsed, String budgetFigure, BigDecimal initialBudget,
			BigDecimal periodBudget, BigDecimal executed, BigDecimal statedRate, BigDecimal executionPercent,
			BigDecimal ratioPercent, Light budgetLight, Light indicatorLight, Light flag, int indicators,
			long redIndicators, long yellowIndicators, long overIndicators, long greenIndicators, int findings,
			String fileName, int firstLine) {
	}

	record FindingView(long filingId, String projectName, String unit, String fileName, int line, String indicator,
			String code, String severity, String message) {
	}

	record IndicatorView(int position, String level1, String level2, String name, String target, String planned,
			String actual, String deviation, String basis, BigDecimal expected, BigDecimal percent, Light light,
			String unlit, int line) {
	}

	record Detail(ProjectView project, FilingTexts texts, List<IndicatorView> indicators, List<FindingView> findings) {
	}

	Rule rule() {
		return new Rule(Glossary.PERIOD_BUDGET, Light.RED_BELOW, Light.GREEN_FROM, Light.OVER_ABOVE);
	}

	Summary summary(List<Assessment> assessments) {
		return new Summary(assessments.size(), flagged(assessments, Light.RED), flagged(assessments, Light.YELLOW),
				flagged(assessments, Light.OVER), flagged(assessments, Light.GREEN), flagged(assessments, Light.NONE),
				assessments.stream().mapToInt((assessment) -> assessment.findings().size()).sum());
	}

	ProjectView project(Assessment assessment) {
		TrackingRow row = assessment.row();
		return new ProjectView(row.id(), row.projectName(), row.unit(), row.department(), row.year(), row.periodFrom(),
				row.periodTo(), assessment.monthsElapsed(), (row.periodBudget() != null) ? "period" : "initial",
				row.initialBudget(), row.periodBudget(), row.executed(), row.statedRate(),
				assessment.budget().executionPercent(), assessment.budget().ratioPercent(), assessment.budget().light(),
				assessment.indicatorLight(), assessment.flag(), assessment.indicators().size(),
				assessment.count(Light.RED), assessment.count(Light.YELLOW), assessment.count(Light.OVER),
				assessment.count(Light.GREEN), assessment.findings().size(), row.fileName(), row.firstLine());
	}

	List<FindingView> findings(Assessment assessment) {
		TrackingRow row = assessment.row();
		return assessment.findings()
			.stream()
			.map((finding) -> new FindingView(row.id(), row.projectName(), row.unit(), row.fileName(), finding.line(),
					finding.indicator(), finding.code().name(), finding.code().severity(),
					this.messages.get("execution.finding." + finding.code().name(), finding.arguments().toArray())))
			.toList();
	}

	IndicatorView indicator(AssessedIndicator assessed) {
		IndicatorRow row = assessed.row();
		IndicatorProgress progress = assessed.progress();
		return new IndicatorView(row.position(), row.level1(), row.level2(), row.name(), row.targetText(),
				row.planned(), row.actual(), row.deviation(),
				(progress.basis() != null) ? progress.basis().name().toLowerCase(Locale.ROOT) : null,
				progress.expected(), progress.percent(), progress.light(),
				(progress.unlit() != null) ? progress.unlit().name().toLowerCase(Locale.ROOT) : null, row.firstLine());
	}

	/**
	 * Laggards order: by default worst flag first, then lowest progress ratio; or by one
	 * column. Rows without a figure go last either way; ties by project name.
	 */
	static Comparator<ProjectView> order(String sort, String dir) {
		boolean desc = "desc".equals(dir);
		Comparator<ProjectView> column = switch ((sort != null) ? sort : "flag") {
			case "flag" -> by(ProjectView::flag, desc).thenComparing(by(ProjectView::ratioPercent, desc));
			case "ratio" -> by(ProjectView::ratioPercent, desc);
			case "execution" -> by(ProjectView::executionPercent, desc);
			case "project" -> by(ProjectView::projectName, desc);
			case "unit" -> by(ProjectView::unit, desc);
			case "year" -> by(ProjectView::year, desc);
			case "budget" -> by(ProjectView::periodBudget, desc);
			case "executed" -> by(ProjectView::executed, desc);
			case "indicatorLight" -> by(ProjectView::indicatorLight, desc);
			case "findings" -> by(ProjectView::findings, desc);
			default -> throw BadRequestException.invalid("sort", sort, "flag", "ratio", "execution", "project", "unit",
					"year", "budget", "executed", "indicatorLight", "findings");
		};
		return column.thenComparing(by(ProjectView::projectName, false));
	}

	private static <T extends Comparable<? super T>> Comparator<ProjectView> by(Function<ProjectView, T> key,
			boolean desc) {
		return Comparator.comparing(key,
				Comparator.nullsLast(desc ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder()));
	}

	private static long flagged(List<Assessment> assessments, Light light) {
		return assessments.stream().filter((assessment) -> assessment.flag() == light).count();
	}

}
