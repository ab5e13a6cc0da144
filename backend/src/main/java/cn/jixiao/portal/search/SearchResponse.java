package cn.jixiao.portal.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.jixiao.indexer.filing.FormKind;

/**
 * One page of search results as the page shows it.
 *
 * @param text the free text searched (the box without its conditions)
 * @param conditions the conditions recognised in the box, shown as removable chips
 * @param synonyms per word, the synonyms searched with it
 * @param facets per facet ({@code unit}, {@code department}, {@code year},
 * {@code level1}, {@code level2}, {@code kind}), values with their counts
 */
record SearchResponse(long total, int page, int size, String text, List<ConditionView> conditions,
		Map<String, List<String>> synonyms, List<HitView> hits, Map<String, List<FacetValue>> facets) {

	/** A recognised condition: how to show it and the text it came from. */
	record ConditionView(String label, String source) {
	}

	record FacetValue(String value, long count) {
	}

	/**
	 * A hit: an indicator row or a project (filing). Snippets are HTML-escaped with
	 * matches in {@code <mark>}; every other field is plain text.
	 *
	 * @param id the index's id ({@code indicator:12}, {@code filing:3})
	 */
	record HitView(String id, String type, long filingId, Long indicatorId, String name, String projectName,
			String unit, String department, Integer year, FormKind kind, String level1, String level2, String target,
			String valueOperator, BigDecimal valueNumber, String valueUnit, Map<String, String> highlights) {
	}

}
