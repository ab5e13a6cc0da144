package cn.jixiao.portal.library;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.ValueKind;

/**
 * The library's reads: counts grouped by (二级指标, normalised name) in SQL, so a request
 * reads one row per group, way of writing or year, never one per indicator. Portable SQL
 * for H2 and MySQL.
 */
@Component
class LibraryQueries {

	private static final String FROM = " FROM indicator i JOIN filing f ON f.id = i.filing_id";

	private static final String GROUP = " GROUP BY i.level2, i.name_key";

	/**
	 * Tracking rows that report an actual value: the attainment and the list of actuals
	 * both count these, so a group never lists actuals without an attainment.
	 */
	private static final String REPORTED = " AND f.kind = 'TRACKING' AND i.actual IS NOT NULL";

	private final JdbcTemplate jdbc;

	LibraryQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record GroupCounts(GroupKey group, long uses, long filings, long units, Integer firstYear, Integer lastYear,
			long yearCount, long latestFiling) {
	}

	/** One way of writing the group's name with one target, and how often. */
	record TargetCount(GroupKey group, String name, ValueKind kind, String operator, BigDecimal number, String unit,
			String target, long uses, long filings) {
	}

	record YearCount(Integer year, long filings, long units) {
	}

	record ActualCount(GroupKey group, String operator, String planned, String actual, long uses) {
	}

	/** One use of an indicator in a filing, for a group's examples and actuals. */
	record Use(long filingId, String projectName, String unit, Integer year, String kind, String periodFrom,
			String periodTo, String name, String target, ValueKind valueKind, String operator, BigDecimal number,
			String valueUnit, String planned, String actual, String deviation) {
	}

	record Option(long id, String name) {
	}

	List<GroupCounts> groups(LibraryFilter filter) {
		return query("SELECT i.level2, i.name_key, COUNT(*), COUNT(DISTINCT i.filing_id), COUNT(DISTINCT f.unit_id),"
				+ " MIN(f.budget_year), MAX(f.budget_year), COUNT(DISTINCT f.budget_year), MAX(i.filing_id)" + FROM,
				filter, GROUP, (rs, n) -> new GroupCounts(key(rs), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getObject(6, Integer.class), rs.getObject(7, Integer.class), rs.getLong(8), rs.getLong(9)));
	}

	List<TargetCount> targets(LibraryFilter filter) {
		String columns = ", i.name, i.value_kind, i.value_operator, i.value_number, i.value_unit, i.target";
		return query("SELECT i.level2, i.name_key" + columns + ", COUNT(*), COUNT(DISTINCT i.filing_id)" + FROM, filter,
				GROUP + columns,
				(rs, n) -> new TargetCount(key(rs), rs.getString(3), kind(rs.getString(4)), rs.getString(5),
						rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10)));
	}

	/** A group's use per budget year (the filter names one group). */
	List<YearCount> years(LibraryFilter filter) {
		return query("SELECT f.budget_year, COUNT(DISTINCT i.filing_id), COUNT(DISTINCT f.unit_id)" + FROM, filter,
				" GROUP BY f.budget_year ORDER BY f.budget_year DESC",
				(rs, n) -> new YearCount(rs.getObject(1, Integer.class), rs.getLong(2), rs.getLong(3)));
	}

	/**
	 * Names the store's contents: any import that stores a file changes the count of
	 * files or the newest id.
	 */
	String version() {
		return this.jdbc.queryForObject("SELECT COUNT(*), MAX(id) FROM source_file",
				(rs, n) -> rs.getLong(1) + "/" + rs.getLong(2));
	}

	/**
	 * Names the stored review findings: each refresh stores them anew, at a new time.
	 */
	String findingsVersion() {
		return String.valueOf(this.jdbc.queryForObject("SELECT MAX(reviewed_at) FROM review_state", Object.class));
	}

	/**
	 * Tracking forms' planned and actual values, as reported (blank actuals left out).
	 */
	List<ActualCount> actuals(LibraryFilter filter) {
		String columns = ", i.value_operator, i.planned, i.actual";
		return query("SELECT i.level2, i.name_key" + columns + ", COUNT(*)" + FROM, filter, REPORTED + GROUP + columns,
				(rs, n) -> new ActualCount(key(rs), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
	}

	/**
	 * A group's uses, newest year first, at most {@code limit}; {@code reportedOnly} for
	 * the actuals (tracking rows with an actual value, as {@link #actuals} counts them).
	 */
	List<Use> uses(LibraryFilter filter, boolean reportedOnly, int limit) {
		String select = "SELECT i.filing_id, f.project_name, u.name, f.budget_year, f.kind, f.period_from, f.period_to,"
				+ " i.name, i.target, i.value_kind, i.value_operator, i.value_number, i.value_unit, i.planned, i.actual,"
				+ " i.deviation" + FROM + " LEFT JOIN unit u ON u.id = f.unit_id";
		String tail = (reportedOnly ? REPORTED : "")
				+ " ORDER BY f.budget_year DESC, i.filing_id DESC, i.position LIMIT " + limit;
		return query(select, filter, tail,
				(rs, n) -> new Use(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Integer.class),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
						kind(rs.getString(10)), rs.getString(11), rs.getBigDecimal(12), rs.getString(13),
						rs.getString(14), rs.getString(15), rs.getString(16)));
	}

	long countUses(LibraryFilter filter, boolean reportedOnly) {
		List<Object> args = new ArrayList<>();
		String sql = "SELECT COUNT(*)" + FROM + filter.where(args) + (reportedOnly ? REPORTED : "");
		Long count = this.jdbc.queryForObject(sql, Long.class, args.toArray());
		return (count != null) ? count : 0;
	}

	List<Option> units() {
		return this.jdbc.query("SELECT id, name FROM unit ORDER BY name",
				(rs, n) -> new Option(rs.getLong(1), rs.getString(2)));
	}

	List<Integer> budgetYears() {
		return this.jdbc.queryForList(
				"SELECT DISTINCT budget_year FROM filing WHERE budget_year IS NOT NULL ORDER BY budget_year DESC",
				Integer.class);
	}

	private <T> List<T> query(String select, LibraryFilter filter, String tail, RowMapper<T> mapper) {
		List<Object> args = new ArrayList<>();
		String sql = select + filter.where(args) + tail;
		return this.jdbc.query(sql, mapper, args.toArray());
	}

	private static GroupKey key(ResultSet rs) throws SQLException {
		return new GroupKey(rs.getString(1), rs.getString(2));
	}

	private static ValueKind kind(String name) {
		return (name != null) ? ValueKind.valueOf(name) : null;
	}

}
