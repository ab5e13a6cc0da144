package cn.jixiao.portal.compare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.portal.system.SqlLike;

/**
 * Reads for the comparison straight from the store: filings with their amounts, the units
 * and departments that filed, projects by name. Plain SQL that runs on H2 and MySQL.
 */
@Component
class BudgetQueries {

	private static final String FILINGS = """
			select f.id, f.project_id, p.name as latest_name, f.project_name, f.project_key, u.id as unit_id,
			  u.name as unit_name, d.id as department_id, d.name as department_name, f.budget_year, f.kind,
			  f.period_from, f.period_to, f.funds_total, f.funds_fiscal, f.funds_carryover, f.funds_other,
			  f.exec_initial_budget
			from filing f
			join project p on p.id = f.project_id
			join unit u on u.id = f.unit_id
			left join department d on d.id = f.department_id
			where f.budget_year is not null""";

	private static final int MAX_PROJECT_HITS = 20;

	private final JdbcTemplate jdbc;

	BudgetQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<BudgetFiling> byUnit(long unitId) {
		return this.jdbc.query(FILINGS + " and f.unit_id = ? order by f.budget_year, f.id", BudgetQueries::filing,
				unitId);
	}

	List<BudgetFiling> byDepartment(long departmentId) {
		return this.jdbc.query(FILINGS + " and f.department_id = ? order by f.budget_year, f.id", BudgetQueries::filing,
				departmentId);
	}

	List<BudgetFiling> byProject(long projectId) {
		return this.jdbc.query(FILINGS + " and f.project_id = ? order by f.budget_year, f.kind, f.id",
				BudgetQueries::filing, projectId);
	}

	List<BudgetFiling> all() {
		return this.jdbc.query(FILINGS + " order by f.budget_year, f.id", BudgetQueries::filing);
	}

	/**
	 * Departments with the units that filed under them and the years they filed; filings
	 * naming no department come last, under a department without id.
	 */
	List<DepartmentOption> organisations() {
		Map<String, DepartmentBuilder> departments = new TreeMap<>();
		this.jdbc.query("""
				select d.id as department_id, d.name as department_name, u.id as unit_id, u.name as unit_name,
				  f.budget_year, count(*) as filings
				from filing f
				join unit u on u.id = f.unit_id
				left join department d on d.id = f.department_id
				group by d.id, d.name, u.id, u.name, f.budget_year""", (ResultSet rs) -> {
			Long departmentId = nullableLong(rs, "department_id");
			String name = rs.getString("department_name");
			long unitId = rs.getLong("unit_id");
			String unitName = rs.getString("unit_name");
			DepartmentBuilder department = departments.computeIfAbsent(
					(departmentId != null) ? "0" + name + departmentId : "1",
					(key) -> new DepartmentBuilder(departmentId, name));
			UnitBuilder unit = department.units.computeIfAbsent(unitName + unitId,
					(key) -> new UnitBuilder(unitId, unitName));
			Integer year = nullableInt(rs, "budget_year");
			if (year != null) {
				unit.years.add(year);
				department.years.add(year);
			}
			unit.filings += rs.getInt("filings");
		});
		return departments.values().stream().map(DepartmentBuilder::build).toList();
	}

	/**
	 * Projects one of whose filings has the text in its name, or whose name key contains
	 * the text's key (so spacing and full-width forms do not matter), with all the names
	 * and years they were filed under. Text that normalises to nothing (项目, 运维, a year)
	 * keeps its folded self as key ({@link NameKeys#project}), so it never matches every
	 * project.
	 */
	List<ProjectHit> findProjects(String text) {
		String key = NameKeys.project(text);
		Map<Long, ProjectHitBuilder> hits = new TreeMap<>();
		this.jdbc.query("""
				select p.id, p.name, u.name as unit_name, f.project_name, f.budget_year
				from filing f
				join project p on p.id = f.project_id
				join unit u on u.id = p.unit_id
				where p.id in (select m.project_id from filing m
				  where lower(m.project_name) like ? escape '!' or m.project_key like ? escape '!')
				order by p.id, f.budget_year""", (ResultSet rs) -> {
			String name = rs.getString("name");
			String unitName = rs.getString("unit_name");
			ProjectHitBuilder hit = hits.computeIfAbsent(rs.getLong("id"),
					(id) -> new ProjectHitBuilder(id, name, unitName));
			hit.names.add(rs.getString("project_name"));
			Integer year = nullableInt(rs, "budget_year");
			if (year != null) {
				hit.years.add(year);
			}
		}, SqlLike.containing(text.toLowerCase(Locale.ROOT)), SqlLike.containing(key));
		return hits.values()
			.stream()
			.map(ProjectHitBuilder::build)
			.sorted((a, b) -> Boolean.compare(!a.name().contains(text), !b.name().contains(text)))
			.limit(MAX_PROJECT_HITS)
			.toList();
	}

	/** The name of a unit or a department, if there is one with the id. */
	Optional<String> name(Organisation table, long id) {
		return this.jdbc.query("select name from " + table.table + " where id = ?", (rs, row) -> rs.getString(1), id)
			.stream()
			.findFirst();
	}

	private static BudgetFiling filing(ResultSet rs, int row) throws SQLException {
		return new BudgetFiling(rs.getLong("id"), rs.getLong("project_id"), rs.getString("latest_name"),
				rs.getString("project_name"), rs.getString("project_key"), rs.getLong("unit_id"),
				rs.getString("unit_name"), nullableLong(rs, "department_id"), rs.getString("department_name"),
				rs.getInt("budget_year"), FormKind.valueOf(rs.getString("kind")), rs.getString("period_from"),
				rs.getString("period_to"), rs.getBigDecimal("funds_total"), rs.getBigDecimal("funds_fiscal"),
				rs.getBigDecimal("funds_carryover"), rs.getBigDecimal("funds_other"),
				rs.getBigDecimal("exec_initial_budget"));
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	/** The tables of id and name that a comparison covers. */
	enum Organisation {

		UNIT("unit"), DEPARTMENT("department");

		private final String table;

		Organisation(String table) {
			this.table = table;
		}

	}

	/** A 主管部门 to pick, with its units. */
	record DepartmentOption(Long id, String name, List<Integer> years, List<UnitOption> units) {

	}

	/** A 实施单位 to pick: the years it filed and how many forms. */
	record UnitOption(long id, String name, List<Integer> years, int filings) {

	}

	/**
	 * A project found by name: its latest name, unit, years and the names it was filed
	 * under.
	 */
	record ProjectHit(long projectId, String name, String unitName, List<Integer> years, List<String> names) {

	}

	private static final class DepartmentBuilder {

		private final Long id;

		private final String name;

		private final TreeSet<Integer> years = new TreeSet<>();

		private final Map<String, UnitBuilder> units = new TreeMap<>();

		DepartmentBuilder(Long id, String name) {
			this.id = id;
			this.name = name;
		}

		DepartmentOption build() {
			return new DepartmentOption(this.id, this.name, List.copyOf(this.years),
					this.units.values().stream().map(UnitBuilder::build).toList());
		}

	}

	private static final class UnitBuilder {

		private final long id;

		private final String name;

		private final TreeSet<Integer> years = new TreeSet<>();

		private int filings;

		UnitBuilder(long id, String name) {
			this.id = id;
			this.name = name;
		}

		UnitOption build() {
			return new UnitOption(this.id, this.name, List.copyOf(this.years), this.filings);
		}

	}

	private static final class ProjectHitBuilder {

		private final long id;

		private final String name;

		private final String unitName;

		private final TreeSet<Integer> years = new TreeSet<>();

		private final Set<String> names = new LinkedHashSet<>();

		ProjectHitBuilder(long id, String name, String unitName) {
			this.id = id;
			this.name = name;
			this.unitName = unitName;
		}

		ProjectHit build() {
			return new ProjectHit(this.id, this.name, this.unitName, List.copyOf(this.years),
					new ArrayList<>(this.names));
		}

	}

}
