package cn.jixiao.portal.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.portal.system.SqlLike;

/**
 * What the start of a draft offers to pick from: the stored units (each with the
 * department it last filed under, to fill in), departments, and project names.
 */
@Component
class DraftingOptions {

	static final int PROJECT_NAMES = 20;

	private final JdbcTemplate jdbc;

	DraftingOptions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit and the department of its latest filing. */
	record UnitOption(String name, String department) {
	}

	List<UnitOption> units() {
		Map<String, UnitOption> units = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT u.name, d.name FROM filing f JOIN unit u ON u.id = f.unit_id
				LEFT JOIN department d ON d.id = f.department_id
				ORDER BY u.name, f.budget_year DESC, f.id DESC""", (rs) -> {
			units.putIfAbsent(rs.getString(1), new UnitOption(rs.getString(1), rs.getString(2)));
		});
		return new ArrayList<>(units.values());
	}

	List<String> departments() {
		return this.jdbc.queryForList("SELECT name FROM department ORDER BY name", String.class);
	}

	/**
	 * Project names containing the text (all when blank), the given unit's first, most
	 * recent first.
	 */
	List<String> projectNames(String text, String unit) {
		String unitKey = (unit != null) ? NameKeys.organisation(unit) : "";
		String pattern = SqlLike.containing((text != null) ? text.strip() : "");
		List<String> names = this.jdbc.queryForList("""
				SELECT f.project_name FROM filing f LEFT JOIN unit u ON u.id = f.unit_id
				WHERE f.project_name LIKE ? ESCAPE '!'
				GROUP BY f.project_name
				ORDER BY MAX(CASE WHEN u.name_key = ? THEN 1 ELSE 0 END) DESC, MAX(f.budget_year) DESC, f.project_name
				LIMIT""" + " " + PROJECT_NAMES, String.class, pattern, unitKey);
		return names;
	}

}
