package cn.jixiao.portal.search;

import java.util.List;
import java.util.Locale;

/**
 * A search as the page's URL states it, one parameter per facet (several values each).
 *
 * @param q the search box: words plus conditions such as {@code 指标值<90%}
 * @param type {@code indicator} or {@code project}; blank for both
 * @param sort {@code relevance} or {@code year}
 * @param finding review rule ids: only filings with a finding of one of them, and their
 * indicators
 * @param page 0-based
 */
record SearchRequest(String q, String type, List<String> unit, List<String> department, List<String> year,
		List<String> level1, List<String> level2, List<String> kind, List<String> finding, String sort, Integer page,
		Integer size) {

	static final int DEFAULT_SIZE = 20;

	SearchRequest {
		q = (q != null) ? q : "";
		type = (type != null) ? type.strip().toLowerCase(Locale.ROOT) : "";
		unit = clean(unit);
		department = clean(department);
		year = clean(year);
		level1 = clean(level1);
		level2 = clean(level2);
		kind = clean(kind).stream().map((value) -> value.toUpperCase(Locale.ROOT)).toList();
		finding = clean(finding);
		sort = (sort != null) ? sort.strip().toLowerCase(Locale.ROOT) : "relevance";
		page = (page != null) ? Math.max(0, page) : 0;
		size = (size != null) ? size : DEFAULT_SIZE;
	}

	private static List<String> clean(List<String> values) {
		return (values != null) ? values.stream().filter((value) -> value != null && !value.isBlank()).toList()
				: List.of();
	}

}
