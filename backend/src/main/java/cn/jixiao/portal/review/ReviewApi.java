package cn.jixiao.portal.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.review.Severity;
import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.system.MessageBundle;

@RestController
@RequestMapping("/api/review")
@Tag(name = "审核", description = "The review's findings: rules, filters, and a summary per unit and year")
class ReviewApi {

	private final StoredFindings findings;

	private final ReviewRules rules;

	private final FindingSummaries summaries;

	private final MessageBundle messages;

	ReviewApi(StoredFindings findings, ReviewRules rules, FindingSummaries summaries, MessageBundle messages) {
		this.findings = findings;
		this.rules = rules;
		this.summaries = summaries;
		this.messages = messages;
	}

	/** A rule with its Chinese name and how many filings have a finding of it. */
	record RuleCount(String id, String name, long filings) {
	}

	@GetMapping("/rules")
	@Operation(summary = "The review's rules with their Chinese names and how many filings have a finding of each, "
			+ "for the finding filters (finding=<id> on the search and library APIs)")
	List<RuleCount> rules() {
		List<RuleCount> counts = new ArrayList<>();
		this.findings.filingsByRule()
			.forEach((id, filings) -> counts.add(new RuleCount(id, this.rules.name(id), filings)));
		return counts;
	}

	@GetMapping("/summary")
	@Operation(summary = "Findings per 实施单位 and year: counts by rule and by severity, filings with findings; "
			+ "year=<year> for one year")
	ReviewSummary summary(@RequestParam(required = false) Integer year) {
		return this.summaries.summary(year);
	}

	@GetMapping("/summary/export")
	@Operation(summary = "The findings summary as CSV or Excel (format=csv|xlsx), a row per unit and year and a "
			+ "row of totals")
	ResponseEntity<byte[]> exportSummary(@RequestParam(required = false) Integer year, @RequestParam String format) {
		ExportFormat exportFormat = ExportFormat.of(format);
		ReviewSummary summary = this.summaries.summary(year);
		List<String> headers = new ArrayList<>(List.of(Glossary.UNIT, Glossary.BUDGET_YEAR,
				this.messages.get("reviewSummary.col.filings"), this.messages.get("reviewSummary.col.withFindings")));
		summary.rules().forEach((rule) -> headers.add(rule.name()));
		headers.addAll(List.of(Glossary.SEVERITY_ERROR, Glossary.SEVERITY_WARNING, Glossary.SEVERITY_NOTE,
				this.messages.get("reviewSummary.col.total")));
		List<List<Object>> rows = new ArrayList<>();
		summary.rows()
			.forEach((row) -> rows.add(cells(summary, row,
					(row.unit() != null) ? row.unit() : this.messages.get("reviewSummary.noUnit"), row.year())));
		rows.add(cells(summary, summary.totals(), this.messages.get("reviewSummary.totals"), null));
		return TableExport.download(new Table(this.messages.get("reviewSummary.export.name"), headers, rows),
				exportFormat);
	}

	private static List<Object> cells(ReviewSummary summary, ReviewSummary.Row row, String unit, Integer year) {
		List<Object> cells = new ArrayList<>(
				List.of(unit, (year != null) ? (Object) year : "", row.filings(), row.filingsWithFindings()));
		summary.rules().forEach((rule) -> cells.add(row.byRule().getOrDefault(rule.id(), 0L)));
		for (Severity severity : Severity.values()) {
			cells.add(row.bySeverity().getOrDefault(severity.name().toLowerCase(Locale.ROOT), 0L));
		}
		cells.add(row.findings());
		return cells;
	}

}
