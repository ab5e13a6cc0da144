package cn.jixiao.portal.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.portal.execution.ExecutionViews.Detail;
import cn.jixiao.portal.execution.ExecutionViews.FindingView;
import cn.jixiao.portal.execution.ExecutionViews.IndicatorView;
import cn.jixiao.portal.execution.ExecutionViews.Overview;
import cn.jixiao.portal.execution.ExecutionViews.ProjectView;
import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.MessageBundle;
import cn.jixiao.portal.system.NotFoundException;

@RestController
@RequestMapping("/api/execution")
@Tag(name = "执行监控", description = "Budget execution and indicator progress of tracking forms (双监控)")
class ExecutionApiController {

	private final TrackingStore store;

	private final ExecutionViews views;

	private final MessageBundle messages;

	ExecutionApiController(TrackingStore store, ExecutionViews views, MessageBundle messages) {
		this.store = store;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Tracking forms with their lights (laggards first), summary counts and data-quality findings")
	Overview overview(@RequestParam(required = false) String unit, @RequestParam(required = false) String department,
			@RequestParam(required = false) Integer year,
			@Parameter(description = "red, yellow, over, green or none") @RequestParam(required = false) String light,
			@Parameter(
					description = "flag (default), ratio, execution, project, unit, year, budget, executed, indicatorLight, findings") @RequestParam(
							required = false) String sort,
			@RequestParam(required = false) String dir) {
		ExecutionFilter filter = ExecutionFilter.of(unit, department, year, light);
		List<Assessment> all = assess(filter);
		List<Assessment> shown = all.stream()
			.filter((assessment) -> filter.light() == null || assessment.flag() == filter.light())
			.toList();
		List<ProjectView> projects = shown.stream()
			.map(this.views::project)
			.sorted(ExecutionViews.order(sort, dir))
			.toList();
		List<FindingView> findings = shown.stream()
			.flatMap((assessment) -> this.views.findings(assessment).stream())
			.toList();
		return new Overview(this.views.rule(), this.views.summary(all), this.store.findOptions(), projects, findings);
	}

	@GetMapping("/export")
	@Operation(summary = "The laggards or the findings table as CSV or Excel, with the same filters and order")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "laggards") String table,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String department,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String light,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "csv") String format) {
		Overview overview = overview(unit, department, year, light, sort, dir);
		Table export = switch (table) {
			case "laggards" -> laggards(overview.projects());
			case "findings" -> findings(overview.findings());
			default -> throw BadRequestException.invalid("table", table, "laggards", "findings");
		};
		return TableExport.download(export, ExportFormat.of(format));
	}

	@GetMapping("/{filingId}")
	@Operation(summary = "One tracking form: execution block, planned vs actual per indicator with lights, findings")
	Detail detail(@PathVariable long filingId) {
		TrackingRow row = this.store.findById(filingId)
			.orElseThrow(() -> new NotFoundException("execution.notTracking", filingId));
		Assessment assessment = Assessor.assess(row, this.store.findIndicators(filingId));
		return new Detail(this.views.project(assessment), this.store.findTexts(filingId),
				assessment.indicators().stream().map(this.views::indicator).toList(), this.views.findings(assessment));
	}

	@GetMapping("/{filingId}/export")
	@Operation(summary = "One tracking form's planned vs actual table as CSV or Excel")
	ResponseEntity<byte[]> exportDetail(@PathVariable long filingId,
			@RequestParam(defaultValue = "csv") String format) {
		Detail detail = detail(filingId);
		List<List<Object>> rows = new ArrayList<>();
		for (IndicatorView indicator : detail.indicators()) {
			rows.add(Arrays.asList(indicator.level1(), indicator.level2(), indicator.name(), indicator.target(),
					indicator.planned(), indicator.actual(), indicator.expected(), indicator.percent(),
					lightLabel(indicator.light()), indicator.deviation(), indicator.line()));
		}
		return TableExport
			.download(new Table(this.messages.get("execution.export.indicatorsName", detail.project().projectName()),
					indicatorHeaders(), rows), ExportFormat.of(format));
	}

	private List<Assessment> assess(ExecutionFilter filter) {
		List<Assessment> assessments = new ArrayList<>();
		for (Map.Entry<TrackingRow, List<IndicatorRow>> entry : this.store.find(filter).entrySet()) {
			assessments.add(Assessor.assess(entry.getKey(), entry.getValue()));
		}
		return assessments;
	}

	private Table laggards(List<ProjectView> projects) {
		List<List<Object>> rows = new ArrayList<>();
		for (ProjectView project : projects) {
			rows.add(Arrays.asList(lightLabel(project.flag()), project.projectName(), project.unit(),
					project.department(), project.year(), period(project), project.initialBudget(),
					project.periodBudget(), project.executed(), project.statedRate(), project.executionPercent(),
					project.ratioPercent(), lightLabel(project.budgetLight()), lightLabel(project.indicatorLight()),
					project.redIndicators(), project.yellowIndicators(), project.findings(), project.fileName(),
					project.firstLine()));
		}
		return new Table(this.messages.get("execution.export.laggardsName"), laggardHeaders(), rows);
	}

	private Table findings(List<FindingView> findings) {
		List<List<Object>> rows = new ArrayList<>();
		for (FindingView finding : findings) {
			rows.add(Arrays.asList(this.messages.get("execution.severity." + finding.severity()), finding.projectName(),
					finding.unit(), finding.indicator(), finding.message(), finding.fileName(), finding.line()));
		}
		return new Table(this.messages.get("execution.export.findingsName"),
				List.of(msg("execution.col.severity"), Glossary.PROJECT_NAME, Glossary.UNIT,
						msg("execution.col.indicator"), msg("execution.col.message"), msg("execution.export.file"),
						msg("execution.col.line")),
				rows);
	}

	private List<String> laggardHeaders() {
		return List.of(msg("execution.col.flag"), Glossary.PROJECT_NAME, Glossary.UNIT, Glossary.DEPARTMENT,
				Glossary.BUDGET_YEAR, Glossary.TRACKING_PERIOD, yuan(Glossary.INITIAL_BUDGET),
				yuan(Glossary.PERIOD_BUDGET), yuan(Glossary.PERIOD_EXECUTED), percent(msg("execution.col.statedRate")),
				percent(Glossary.EXECUTION_RATE), percent(msg("execution.col.ratio")), msg("execution.col.budgetLight"),
				msg("execution.col.indicatorLight"), msg("execution.export.redIndicators"),
				msg("execution.export.yellowIndicators"), msg("execution.export.findingCount"),
				msg("execution.export.file"), msg("execution.export.firstLine"));
	}

	private List<String> indicatorHeaders() {
		return List.of(Glossary.LEVEL1, Glossary.LEVEL2, Glossary.LEVEL3, Glossary.TARGET_VALUE, Glossary.PLANNED_VALUE,
				Glossary.ACTUAL_VALUE, msg("execution.col.expected"), percent(msg("execution.col.progress")),
				msg("execution.col.light"), Glossary.DEVIATION, msg("execution.col.line"));
	}

	private String yuan(String column) {
		return this.messages.get("execution.export.yuan", column);
	}

	private String percent(String column) {
		return this.messages.get("execution.export.percent", column);
	}

	private String msg(String key) {
		return this.messages.get(key);
	}

	private String lightLabel(Light light) {
		return this.messages.get("common.light." + light.code());
	}

	private String period(ProjectView project) {
		return (project.periodFrom() != null)
				? this.messages.get("execution.period", project.periodFrom(), project.periodTo()) : null;
	}

}
