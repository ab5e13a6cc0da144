package cn.jixiao.portal.compare;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.NotFoundException;

/**
 * Budgets across years: a unit's or a department's projects × years, every department's
 * totals, and projects found by name. Amounts are in 元; exports follow
 * {@code amountUnit}.
 */
@RestController
@RequestMapping("/api/compare")
@Tag(name = "compare", description = "Budgets of units, departments and projects across years")
class CompareApi {

	private final BudgetQueries queries;

	private final CompareTables tables;

	CompareApi(BudgetQueries queries, CompareTables tables) {
		this.queries = queries;
		this.tables = tables;
	}

	@GetMapping("/organisations")
	@Operation(summary = "Departments (主管部门) with the units (实施单位) that filed under them and their years")
	List<BudgetQueries.DepartmentOption> organisations() {
		return this.queries.organisations();
	}

	@GetMapping("/budgets")
	@Operation(summary = "A unit's or a department's projects × years of budgets (one filing counted per project "
			+ "and year); format=csv|xlsx downloads the table")
	ResponseEntity<?> budgets(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) Long department, @RequestParam(required = false) String format,
			@RequestParam(required = false) String amountUnit) {
		if ((unit == null) == (department == null)) {
			throw new BadRequestException("compare.scope.required");
		}
		Scope scope = (unit != null) ? new Scope("unit", unit, name(BudgetQueries.Organisation.UNIT, unit))
				: new Scope("department", department, name(BudgetQueries.Organisation.DEPARTMENT, department));
		BudgetMatrix matrix = BudgetMatrix
			.of((unit != null) ? this.queries.byUnit(unit) : this.queries.byDepartment(department));
		if (format != null) {
			return TableExport.download(
					this.tables.budgets(scope.name(), department != null, matrix, AmountUnit.of(amountUnit)),
					ExportFormat.of(format));
		}
		return ResponseEntity.ok(new Budgets(scope, matrix));
	}

	@GetMapping("/departments")
	@Operation(summary = "Every department's budget totals per year; format=csv|xlsx downloads the table")
	ResponseEntity<?> departments(@RequestParam(required = false) String format,
			@RequestParam(required = false) String amountUnit) {
		DepartmentTotals totals = DepartmentTotals.of(this.queries.all());
		if (format != null) {
			return TableExport.download(this.tables.departments(totals, AmountUnit.of(amountUnit)),
					ExportFormat.of(format));
		}
		return ResponseEntity.ok(totals);
	}

	@GetMapping("/projects")
	@Operation(summary = "Projects one of whose filings has the text in its name or name key, at most 20")
	List<BudgetQueries.ProjectHit> projects(@RequestParam String q) {
		String text = q.strip();
		return text.isEmpty() ? List.of() : this.queries.findProjects(text);
	}

	private String name(BudgetQueries.Organisation organisation, long id) {
		return this.queries.name(organisation, id)
			.orElseThrow(() -> new NotFoundException("common.notFound.organisation", id));
	}

	/** What the matrix covers: a unit or a department. */
	record Scope(String kind, long id, String name) {

	}

	/** The matrix with what it covers. */
	record Budgets(Scope scope, BudgetMatrix matrix) {

	}

}
