package cn.jixiao.portal.compare;

import cn.jixiao.portal.audit.AuditLog;
import java.util.Locale;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.indexer.importing.LineageDecisions;
import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.NotFoundException;

/**
 * A project's lineage across years, analysts' confirmations and splits of its links, and
 * two of its years side by side.
 */
@RestController
@RequestMapping("/api/compare")
@Tag(name = "compare", description = "Budgets of units, departments and projects across years")
class LineageApi {

	private final LineageQueries lineages;

	private final YearQueries years;

	private final LineageDecisions decisions;

	private final CompareTables tables;

	private final AuditLog audit;

	LineageApi(LineageQueries lineages, YearQueries years, LineageDecisions decisions, CompareTables tables,
			AuditLog audit) {
		this.audit = audit;
		this.lineages = lineages;
		this.years = years;
		this.decisions = decisions;
		this.tables = tables;
	}

	@GetMapping("/lineage")
	@Operation(summary = "A project's filings across years with the links between them (reason, score); "
			+ "format=csv|xlsx downloads the table")
	ResponseEntity<?> lineage(@RequestParam long project, @RequestParam(required = false) String format,
			@RequestParam(required = false) String amountUnit) {
		Lineage lineage = this.lineages.lineage(project);
		if (format != null) {
			return TableExport.download(this.tables.lineage(lineage, AmountUnit.of(amountUnit)),
					ExportFormat.of(format));
		}
		return ResponseEntity.ok(lineage);
	}

	@PostMapping("/decisions")
	@Operation(summary = "Confirm that two filings of a unit are one project, or split them; kept across "
			+ "re-imports, the unit is relinked at once. Answers the project the first filing now belongs to")
	Decided decide(@RequestBody Decision decision, HttpServletRequest request) {
		if (decision.verdict() == null) {
			throw new BadRequestException("compare.decision.verdict");
		}
		if (decision.filingId() == decision.otherFilingId()) {
			throw new BadRequestException("compare.decision.sameFiling");
		}
		List<LineageQueries.Decidable> filings = this.lineages.decidable(decision.filingId(), decision.otherFilingId());
		if (filings.size() != 2) {
			throw new NotFoundException("common.notFound.filings", decision.filingId(), decision.otherFilingId());
		}
		LineageQueries.Decidable one = filings.get(0);
		LineageQueries.Decidable other = filings.get(1);
		if (one.unitId() == null || !one.unitId().equals(other.unitId())) {
			throw new BadRequestException("compare.decision.units");
		}
		if (one.projectKey() == null || other.projectKey() == null) {
			throw new BadRequestException("compare.decision.noName");
		}
		if (one.projectKey().equals(other.projectKey())) {
			throw new BadRequestException("compare.decision.sameName");
		}
		this.decisions.decide(decision.filingId(), decision.otherFilingId(), decision.verdict(),
				request.getRemoteUser());
		this.audit.record("lineage." + decision.verdict().name().toLowerCase(Locale.ROOT),
				"filings " + decision.filingId() + " / " + decision.otherFilingId(), "ok",
				one.projectKey() + " / " + other.projectKey());
		return new Decided(this.lineages.projectOf(decision.filingId()),
				this.lineages.projectOf(decision.otherFilingId()));
	}

	@GetMapping("/years")
	@Operation(summary = "Two years of a project side by side: indicators matched by name key within 二级指标 "
			+ "(added, removed, changed, unchanged) and the budget difference; by default its last two years; "
			+ "format=csv|xlsx downloads the table")
	ResponseEntity<?> years(@RequestParam long project, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) String format) {
		YearComparison comparison = this.years.compare(project, from, to);
		if (format != null) {
			return TableExport.download(this.tables.years(comparison), ExportFormat.of(format));
		}
		return ResponseEntity.ok(comparison);
	}

	/** Two filings of one unit and what the analyst says about them. */
	record Decision(long filingId, long otherFilingId, LineageDecision.Verdict verdict) {

	}

	/**
	 * The projects the two filings belong to after relinking ({@code null} for a filing
	 * without one).
	 */
	record Decided(Long projectId, Long otherProjectId) {

	}

}
