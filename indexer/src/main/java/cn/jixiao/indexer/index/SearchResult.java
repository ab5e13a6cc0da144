package cn.jixiao.indexer.index;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total, and facet counts over all hits.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<SearchFacet, List<FacetCount>> facets) {

	public SearchResult {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	/** A facet value and how many hits carry it. */
	public record FacetCount(String value, long count) {
	}

	/**
	 * A hit with its highlighted snippets by field name ({@code name}, {@code target},
	 * {@code goal}, {@code projectName}); snippets are HTML-escaped text with matches in
	 * {@code <mark>}.
	 */
	public record SearchHit(SearchDocument document, float score, Map<String, String> highlights) {

		public SearchHit {
			highlights = Map.copyOf(highlights);
		}

	}

}
