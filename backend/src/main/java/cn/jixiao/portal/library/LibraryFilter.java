package cn.jixiao.portal.library;

import java.util.List;
import java.util.Locale;

import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.portal.system.SqlLike;

import cn.jixiao.portal.system.BadRequestException;

/**
 * Which indicators the library looks at: the page's filters, plus the one group
 * ({@code level2} and {@code key}) of the detail view. Every query of the library takes
 * the same filter, so a group's detail counts what its row in the list counts.
 *
 * @param level1 一级指标
 * @param level2 二级指标
 * @param unit 实施单位 id
 * @param year 年度
 * @param kind form kind, {@code target} or {@code tracking}
 * @param q text the indicator's name contains
 * @param finding a review rule's id: only indicators of filings with a finding of it
 * @param key the group's normalised name ({@code indicator.name_key}), exactly
 */
record LibraryFilter(String level1, String level2, Long unit, Integer year, String kind, String q, String finding,
		String key) {

	LibraryFilter {
		level1 = blankToNull(level1);
		level2 = blankToNull(level2);
		kind = blankToNull(kind);
		q = blankToNull(q);
		finding = blankToNull(finding);
		key = blankToNull(key);
		if (kind != null && !kind.equals("target") && !kind.equals("tracking")) {
			throw BadRequestException.invalid("kind", kind, "target", "tracking");
		}
	}

	/** The one group of a detail view. */
	LibraryFilter group(String level2, String key) {
		return new LibraryFilter(this.level1, level2, this.unit, this.year, this.kind, this.q, this.finding, key);
	}

	/**
	 * The conditions on {@code indicator i JOIN filing f}, appending their arguments;
	 * portable SQL (H2, MySQL).
	 */
	String where(List<Object> args) {
		StringBuilder sql = new StringBuilder(" WHERE i.level2 IS NOT NULL");
		condition(sql, args, "i.level1 = ?", this.level1);
		condition(sql, args, "i.level2 = ?", this.level2);
		condition(sql, args, "f.unit_id = ?", this.unit);
		condition(sql, args, "f.budget_year = ?", this.year);
		condition(sql, args, "f.kind = ?", (this.kind != null) ? this.kind.toUpperCase(Locale.ROOT) : null);
		condition(sql, args, "i.name_key = ?", this.key);
		condition(sql, args, "i.filing_id IN (SELECT r.filing_id FROM review_finding r WHERE r.rule_id = ?)",
				this.finding);
		if (this.q != null) {
			condition(sql, args, "i.name_key LIKE ? ESCAPE '!'", SqlLike.containing(NameKeys.indicator(this.q)));
		}
		return sql.toString();
	}

	private static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
		if (value != null) {
			sql.append(" AND ").append(condition);
			args.add(value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
