package cn.jixiao.indexer.index;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search as an analyst states it. The text is never parsed as query syntax: each
 * whitespace-separated word must match, in any searchable field.
 *
 * @param text the words; blank matches everything
 * @param types the document types to return; empty means all
 * @param filters facet values to keep (values of one facet are alternatives, facets
 * combine)
 * @param page 0-based
 */
public record SearchQuery(String text, Set<DocumentType> types, Map<SearchFacet, List<String>> filters, SearchSort sort,
		int page, int pageSize) {

	public static final int MAX_PAGE_SIZE = 200;

	public SearchQuery {
		text = (text != null) ? text : "";
		types = (types != null) ? Set.copyOf(types) : Set.of();
		Map<SearchFacet, List<String>> copy = new EnumMap<>(SearchFacet.class);
		if (filters != null) {
			filters.forEach((facet, values) -> {
				if (values != null && !values.isEmpty()) {
					copy.put(facet, List.copyOf(values));
				}
			});
		}
		filters = Map.copyOf(copy);
		sort = (sort != null) ? sort : SearchSort.RELEVANCE;
		page = Math.max(0, page);
		pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, Set.of(), Map.of(), SearchSort.RELEVANCE, 0, 20);
	}

	public SearchQuery withTypes(DocumentType... types) {
		return new SearchQuery(this.text, Set.of(types), this.filters, this.sort, this.page, this.pageSize);
	}

	public SearchQuery withFilter(SearchFacet facet, String... values) {
		Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
		filters.putAll(this.filters);
		filters.put(facet, List.of(values));
		return new SearchQuery(this.text, this.types, filters, this.sort, this.page, this.pageSize);
	}

	public SearchQuery withSort(SearchSort sort) {
		return new SearchQuery(this.text, this.types, this.filters, sort, this.page, this.pageSize);
	}

	public SearchQuery withPage(int page, int pageSize) {
		return new SearchQuery(this.text, this.types, this.filters, this.sort, page, pageSize);
	}

}
