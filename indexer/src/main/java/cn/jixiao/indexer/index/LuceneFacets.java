package cn.jixiao.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

import cn.jixiao.indexer.index.SearchResult.FacetCount;

/**
 * Runs a search while counting facet values over all its hits, one sorted doc-value field
 * per dimension. The ordinal maps are built once per index reader and reused until the
 * index changes.
 */
final class LuceneFacets {

	private static final int MAX_VALUES = 50;

	private IndexReader stateReader;

	private Map<SearchFacet, StringDocValuesReaderState> states = Map.of();

	/** The page's top documents and the facet counts. */
	record Collected(TopDocs topDocs, Map<SearchFacet, List<FacetCount>> counts) {
	}

	Collected search(IndexSearcher searcher, Query query, int wanted, Sort sort) throws IOException {
		FacetsCollector collector = new FacetsCollector();
		int n = Math.max(1, wanted);
		TopDocs top = (sort != null) ? FacetsCollector.search(searcher, query, n, sort, true, collector)
				: FacetsCollector.search(searcher, query, n, collector);
		Map<SearchFacet, List<FacetCount>> counts = new EnumMap<>(SearchFacet.class);
		for (Map.Entry<SearchFacet, StringDocValuesReaderState> state : statesFor(searcher.getIndexReader())
			.entrySet()) {
			counts.put(state.getKey(), countsOf(new StringValueFacetCounts(state.getValue(), collector),
					Fields.facetField(state.getKey())));
		}
		return new Collected(top, counts);
	}

	private static List<FacetCount> countsOf(StringValueFacetCounts facets, String field) throws IOException {
		List<FacetCount> counts = new ArrayList<>();
		FacetResult result = facets.getTopChildren(MAX_VALUES, field);
		if (result != null) {
			for (LabelAndValue value : result.labelValues) {
				counts.add(new FacetCount(value.label, value.value.longValue()));
			}
		}
		return counts;
	}

	private synchronized Map<SearchFacet, StringDocValuesReaderState> statesFor(IndexReader reader) throws IOException {
		if (reader != this.stateReader) {
			Map<SearchFacet, StringDocValuesReaderState> states = new EnumMap<>(SearchFacet.class);
			for (SearchFacet facet : SearchFacet.values()) {
				states.put(facet, new StringDocValuesReaderState(reader, Fields.facetField(facet)));
			}
			this.states = states;
			this.stateReader = reader;
		}
		return this.states;
	}

}
