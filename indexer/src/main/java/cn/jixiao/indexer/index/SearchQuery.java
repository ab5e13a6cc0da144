package cn.jixiao.indexer.index;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * @param alternatives per word of the text, other words that may match in its place
 * (synonyms the application expanded: 满意度 → 满意率); searched as words, like the text
 * @param targetFilters conditions on indicators' target values, all of which must hold
 * @param filingIds the filings whose documents (the filing's and its indicators') to
 * keep, as the store chose them (e.g. those with a review finding); {@code null} keeps
 * all, an empty set none
 */
public record SearchQuery(String text, Set<DocumentType> types, Map<SearchFacet, List<String>> filters, SearchSort sort,
		int page, int pageSize, Map<String, List<String>> alternatives, List<TargetFilter> targetFilters,
		Set<Long> filingIds) {

	public static final int MAX_PAGE_SIZE = 200;

	/** Alternatives per word beyond this are ignored, so a query stays small. */
	public static final int MAX_ALTERNATIVES = 8;

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
		Map<String, List<String>> words = new LinkedHashMap<>();
		if (alternatives != null) {
			alternatives.forEach((word, others) -> {
				if (word != null && others != null && !others.isEmpty()) {
					words.put(word, List.copyOf(others.subList(0, Math.min(MAX_ALTERNATIVES, others.size()))));
				}
			});
		}
		alternatives = Collections.unmodifiableMap(words);
		targetFilters = (targetFilters != null) ? List.copyOf(targetFilters) : List.of();
		filingIds = (filingIds != null) ? Set.copyOf(filingIds) : null;
	}

	/** A search over all filings. */
	public SearchQuery(String text, Set<DocumentType> types, Map<SearchFacet, List<String>> filters, SearchSort sort,
			int page, int pageSize, Map<String, List<String>> alternatives, List<TargetFilter> targetFilters) {
		this(text, types, filters, sort, page, pageSize, alternatives, targetFilters, null);
	}

	/** A search without synonyms or target conditions. */
	public SearchQuery(String text, Set<DocumentType> types, Map<SearchFacet, List<String>> filters, SearchSort sort,
			int page, int pageSize) {
		this(text, types, filters, sort, page, pageSize, Map.of(), List.of());
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, Set.of(), Map.of(), SearchSort.RELEVANCE, 0, 20);
	}

	public SearchQuery withTypes(DocumentType... types) {
		return new SearchQuery(this.text, Set.of(types), this.filters, this.sort, this.page, this.pageSize,
				this.alternatives, this.targetFilters, this.filingIds);
	}

	public SearchQuery withFilter(SearchFacet facet, String... values) {
		Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
		filters.putAll(this.filters);
		filters.put(facet, List.of(values));
		return new SearchQuery(this.text, this.types, filters, this.sort, this.page, this.pageSize, this.alternatives,
				this.targetFilters, this.filingIds);
	}

	public SearchQuery withSort(SearchSort sort) {
		return new SearchQuery(this.text, this.types, this.filters, sort, this.page, this.pageSize, this.alternatives,
				this.targetFilters, this.filingIds);
	}

	public SearchQuery withPage(int page, int pageSize) {
		return new SearchQuery(this.text, this.types, this.filters, this.sort, page, pageSize, this.alternatives,
				this.targetFilters, this.filingIds);
	}

	/** The words that may match in place of each word of the text. */
	public SearchQuery withAlternatives(Map<String, List<String>> alternatives) {
		return new SearchQuery(this.text, this.types, this.filters, this.sort, this.page, this.pageSize, alternatives,
				this.targetFilters, this.filingIds);
	}

	public SearchQuery withTargetFilters(TargetFilter... targetFilters) {
		return new SearchQuery(this.text, this.types, this.filters, this.sort, this.page, this.pageSize,
				this.alternatives, List.of(targetFilters), this.filingIds);
	}

	/**
	 * Only the documents of these filings, with the other conditions; {@code null} for
	 * all filings.
	 */
	public SearchQuery withFilingIds(Set<Long> filingIds) {
		return new SearchQuery(this.text, this.types, this.filters, this.sort, this.page, this.pageSize,
				this.alternatives, this.targetFilters, filingIds);
	}

}
