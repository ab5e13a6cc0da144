package cn.jixiao.portal.execution;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueKind;

/**
 * Reads tracking forms and their indicators straight from the store's tables (portable
 * SQL for H2 and MySQL): monitoring needs a few columns of every tracking form, not the
 * entities.
 */
@Repository
class TrackingStore {

	private static final String FILINGS = """
			select f.id, f.project_name, u.name as unit_name, d.name as department_name, f.budget_year,
			  f.period_from, f.period_to, f.exec_initial_budget, f.exec_period_budget, f.exec_period_executed,
			  f.exec_rate_percent, f.corrective_measures, s.name as file_name, f.first_line
			from filing f
			join source_file s on s.id = f.source_file_id
			left join unit u on u.id = f.unit_id
			left join department d on d.id = f.department_id
			""";

	private static final String INDICATORS = """
			select i.filing_id, i.position, i.level1, i.level2, i.name, i.target, i.value_kind, i.value_operator,
			  i.value_number, i.value_unit, i.planned, i.actual, i.deviation, i.first_line
			from indicator i
			join filing f on f.id = i.filing_id
			left join unit u on u.id = f.unit_id
			left join department d on d.id = f.department_id
			""";

	private final JdbcTemplate jdbc;

	TrackingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Tracking forms matching the filter, each with its indicators in table order. */
	Map<TrackingRow, List<IndicatorRow>> find(ExecutionFilter filter) {
		List<Object> arguments = new ArrayList<>();
		String where = where(filter, arguments);
		Map<Long, TrackingRow> rows = new LinkedHashMap<>();
		this.jdbc.query(FILINGS + where + " order by f.id", TrackingStore::tracking, arguments.toArray())
			.forEach((row) -> rows.put(row.id(), row));
		Map<TrackingRow, List<IndicatorRow>> result = new LinkedHashMap<>();
		rows.values().forEach((row) -> result.put(row, new ArrayList<>()));
		this.jdbc
			.query(INDICATORS + where + " order by i.filing_id, i.position", TrackingStore::indicator,
					arguments.toArray())
			.forEach((indicator) -> result.get(rows.get(indicator.filingId())).add(indicator));
		return result;
	}

	Optional<TrackingRow> findById(long id) {
		return this.jdbc
			.query(FILINGS + " where f.kind = ? and f.id = ?", TrackingStore::tracking, FormKind.TRACKING.name(), id)
			.stream()
			.findFirst();
	}

	List<IndicatorRow> findIndicators(long filingId) {
		return this.jdbc.query(INDICATORS + " where i.filing_id = ? order by i.position", TrackingStore::indicator,
				filingId);
	}

	/** The form's texts an analyst reads next to the figures. */
	FilingTexts findTexts(long filingId) {
		return this.jdbc.queryForObject("""
				select annual_goal, goal_progress, budget_completion_likelihood, goal_completion_likelihood,
				  corrective_measures, last_line from filing where id = ?""",
				(rs, i) -> new FilingTexts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getInt(6)),
				filingId);
	}

	/** The 实施单位, 主管部门 and years that have tracking forms, for the filters. */
	FilterOptions findOptions() {
		String tracking = FormKind.TRACKING.name();
		return new FilterOptions(this.jdbc.queryForList("""
				select distinct u.name from filing f join unit u on u.id = f.unit_id
				where f.kind = ? order by u.name""", String.class, tracking), this.jdbc.queryForList("""
				select distinct d.name from filing f join department d on d.id = f.department_id
				where f.kind = ? order by d.name""", String.class, tracking), this.jdbc.queryForList("""
				select distinct f.budget_year from filing f
				where f.kind = ? and f.budget_year is not null order by f.budget_year desc""", Integer.class,
				tracking));
	}

	private static String where(ExecutionFilter filter, List<Object> arguments) {
		StringBuilder where = new StringBuilder(" where f.kind = ?");
		arguments.add(FormKind.TRACKING.name());
		if (filter.unit() != null) {
			where.append(" and u.name = ?");
			arguments.add(filter.unit());
		}
		if (filter.department() != null) {
			where.append(" and d.name = ?");
			arguments.add(filter.department());
		}
		if (filter.year() != null) {
			where.append(" and f.budget_year = ?");
			arguments.add(filter.year());
		}
		return where.toString();
	}

	private static TrackingRow tracking(ResultSet rs, int rowNum) throws SQLException {
		return new TrackingRow(rs.getLong("id"), rs.getString("project_name"), rs.getString("unit_name"),
				rs.getString("department_name"), (Integer) rs.getObject("budget_year", Integer.class),
				rs.getString("period_from"), rs.getString("period_to"), rs.getBigDecimal("exec_initial_budget"),
				rs.getBigDecimal("exec_period_budget"), rs.getBigDecimal("exec_period_executed"),
				rs.getBigDecimal("exec_rate_percent"), rs.getString("corrective_measures"), rs.getString("file_name"),
				rs.getInt("first_line"));
	}

	private static IndicatorRow indicator(ResultSet rs, int rowNum) throws SQLException {
		String kind = rs.getString("value_kind");
		BigDecimal number = rs.getBigDecimal("value_number");
		TargetValue target = (kind != null) ? new TargetValue(ValueKind.valueOf(kind), rs.getString("value_operator"),
				number, rs.getString("value_unit"), rs.getString("target")) : null;
		return new IndicatorRow(rs.getLong("filing_id"), rs.getInt("position"), rs.getString("level1"),
				rs.getString("level2"), rs.getString("name"), target, rs.getString("planned"), rs.getString("actual"),
				rs.getString("deviation"), rs.getInt("first_line"));
	}

	/** A tracking form's texts. */
	record FilingTexts(String annualGoal, String goalProgress, String budgetLikelihood, String goalLikelihood,
			String correctiveMeasures, int lastLine) {
	}

	/** What the filters offer. */
	record FilterOptions(List<String> units, List<String> departments, List<Integer> years) {
	}

}
