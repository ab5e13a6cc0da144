package cn.jixiao.portal.drafting;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The store's reads behind the suggestions: a project's filings across years, past
 * filings and their indicators, and how the library writes an indicator. Portable SQL for
 * H2 and MySQL.
 */
@Component
class SuggestionQueries {

	private final NamedParameterJdbcTemplate jdbc;

	SuggestionQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One indicator row of a past filing. */
	record PastIndicator(long filingId, String level1, String level2, String name, String nameKey, String target) {
	}

	/** An indicator as the library groups it: its 二级指标 and its name key. */
	record NameKey(String level2, String key) {
	}

	/** How many filings write an indicator (二级指标 and name key) with one target. */
	record TargetUse(String level2, String nameKey, String target, long filings, Integer lastYear) {
	}

	/**
	 * The filings of the unit's project of that name in every year lineage links to it,
	 * and those filed under the same name where lineage has not linked them.
	 */
	List<Long> lineage(String unitKey, String projectKey) {
		return this.jdbc.queryForList("""
				SELECT f.id FROM filing f WHERE f.project_id IN (
				  SELECT g.project_id FROM filing g JOIN unit u ON u.id = g.unit_id
				  WHERE u.name_key = :unit AND g.project_key = :project AND g.project_id IS NOT NULL)
				UNION
				SELECT g.id FROM filing g JOIN unit u ON u.id = g.unit_id
				WHERE u.name_key = :unit AND g.project_key = :project""",
				Map.of("unit", unitKey, "project", projectKey), Long.class);
	}

	List<PastFiling> filings(Collection<Long> ids, Collection<Long> lineage) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				SELECT f.id, f.project_name, u.name, f.budget_year, f.kind FROM filing f
				LEFT JOIN unit u ON u.id = f.unit_id WHERE f.id IN (:ids)""", Map.of("ids", ids),
				(rs, n) -> new PastFiling(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, Integer.class), rs.getString(5).toLowerCase(Locale.ROOT),
						lineage.contains(rs.getLong(1))));
	}

	/** The filings' indicators placed under a 二级指标, each filing's in its order. */
	List<PastIndicator> indicators(Collection<Long> filingIds) {
		if (filingIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				SELECT filing_id, level1, level2, name, name_key, target FROM indicator
				WHERE filing_id IN (:ids) AND level2 IS NOT NULL ORDER BY filing_id, position""",
				Map.of("ids", filingIds), (rs, n) -> new PastIndicator(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)));
	}

	/**
	 * Every way the library writes indicators of these names: per 二级指标, name key and
	 * target, the filings and the latest year.
	 */
	List<TargetUse> targetUses(Collection<String> nameKeys) {
		if (nameKeys.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				SELECT i.level2, i.name_key, i.target, COUNT(DISTINCT i.filing_id), MAX(f.budget_year)
				FROM indicator i JOIN filing f ON f.id = i.filing_id
				WHERE i.name_key IN (:keys) AND i.level2 IS NOT NULL
				GROUP BY i.level2, i.name_key, i.target""", Map.of("keys", nameKeys),
				(rs, n) -> new TargetUse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getObject(5, Integer.class)));
	}

	/** Per 二级指标 and name key, the filings using it. */
	Map<NameKey, Long> filingCounts(Collection<String> nameKeys) {
		if (nameKeys.isEmpty()) {
			return Map.of();
		}
		Map<NameKey, Long> counts = new HashMap<>();
		this.jdbc.query("""
				SELECT level2, name_key, COUNT(DISTINCT filing_id) FROM indicator
				WHERE name_key IN (:keys) AND level2 IS NOT NULL GROUP BY level2, name_key""", Map.of("keys", nameKeys),
				(rs) -> {
					counts.put(new NameKey(rs.getString(1), rs.getString(2)), rs.getLong(3));
				});
		return counts;
	}

}
