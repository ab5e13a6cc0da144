package cn.jixiao.portal.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
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
import cn.jixiao.portal.system.MessageBundle;
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

	private final JdbcTemplate jdbc;

	private final MessageBundle messages;

	LineageApi(LineageQueries lineages, YearQueries years, LineageDecisions decisions, CompareTables tables,
			JdbcTemplate jdbc, MessageBundle messages) {
		this.lineages = lineages;
		this.years = years;
		this.decisions = decisions;
		this.tables = tables;
		this.jdbc = jdbc;
		this.messages = messages;
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
		List<Map<String, Object>> filings = this.jdbc.queryForList(
				"select id, unit_id, project_key from filing where id in (?, ?)", decision.filingId(),
				decision.otherFilingId());
		if (filings.size() != 2) {
			throw new NotFoundException(decision.filingId() + ", " + decision.otherFilingId());
		}
		if (!filings.get(0).get("unit_id").equals(filings.get(1).get("unit_id"))) {
			throw new BadRequestException("compare.decision.units");
		}
		if (Objects.equals(filings.get(0).get("project_key"), filings.get(1).get("project_key"))) {
			throw new BadRequestException("compare.decision.sameName");
		}
		this.decisions.decide(decision.filingId(), decision.otherFilingId(), decision.verdict(),
				request.getRemoteUser());
		return new Decided(projectOf(decision.filingId()), projectOf(decision.otherFilingId()));
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

	private long projectOf(long filingId) {
		return this.jdbc.queryForObject("select project_id from filing where id = ?", Long.class, filingId);
	}

	/** Two filings of one unit and what the analyst says about them. */
	record Decision(long filingId, long otherFilingId, LineageDecision.Verdict verdict) {

	}

	/** The projects the two filings belong to after relinking. */
	record Decided(long projectId, long otherProjectId) {

	}

}
