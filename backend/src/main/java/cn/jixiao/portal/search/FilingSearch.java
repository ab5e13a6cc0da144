package cn.jixiao.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchDocument;
import cn.jixiao.indexer.index.SearchFacet;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.index.SearchQuery;
import cn.jixiao.indexer.index.SearchResult;
import cn.jixiao.indexer.index.SearchSort;
import cn.jixiao.portal.review.StoredFindings;
import cn.jixiao.portal.search.SearchResponse.ConditionView;
import cn.jixiao.portal.search.SearchResponse.FacetValue;
import cn.jixiao.portal.search.SearchResponse.HitView;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.MessageBundle;

/**
 * Turns the page's request into an index query: the box split into words and target
 * conditions, each word's synonyms expanded, facets, type and review findings as filters.
 */
@Component
class FilingSearch {

	private final SearchIndex index;

	private final Synonyms synonyms;

	private final MessageBundle messages;

	private final StoredFindings findings;

	FilingSearch(SearchIndex index, Synonyms synonyms, MessageBundle messages, StoredFindings findings) {
		this.index = index;
		this.synonyms = synonyms;
		this.messages = messages;
		this.findings = findings;
	}

	SearchResponse search(SearchRequest request) {
		QuerySyntax.Parsed parsed = QuerySyntax.parse(request.q());
		SearchQuery query = query(request, parsed);
		SearchResult result = this.index.search(query);
		List<HitView> hits = result.hits().stream().map((hit) -> view(hit.document(), hit.highlights())).toList();
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (SearchFacet facet : SearchFacet.values()) {
			facets.put(key(facet),
					result.facets()
						.getOrDefault(facet, List.of())
						.stream()
						.map((count) -> new FacetValue(value(facet, count.value()), count.count()))
						.toList());
		}
		List<ConditionView> conditions = parsed.conditions()
			.stream()
			.map((condition) -> new ConditionView(
					this.messages.get("search.condition", condition.keyword(), condition.operator(), condition.value()),
					condition.source()))
			.toList();
		return new SearchResponse(result.total(), query.page(), query.pageSize(), parsed.text(), conditions,
				query.alternatives(), hits, facets);
	}

	/** Every hit of the request up to the limit, for export. */
	List<HitView> all(SearchRequest request, int limit) {
		QuerySyntax.Parsed parsed = QuerySyntax.parse(request.q());
		List<HitView> rows = new ArrayList<>();
		int pageSize = SearchQuery.MAX_PAGE_SIZE;
		for (int page = 0; rows.size() < limit; page++) {
			SearchResult result = this.index.search(query(request, parsed).withPage(page, pageSize));
			result.hits().forEach((hit) -> rows.add(view(hit.document(), Map.of())));
			if (result.hits().size() < pageSize) {
				break;
			}
		}
		return (rows.size() > limit) ? rows.subList(0, limit) : rows;
	}

	private SearchQuery query(SearchRequest request, QuerySyntax.Parsed parsed) {
		Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
		filters.put(SearchFacet.UNIT, request.unit());
		filters.put(SearchFacet.DEPARTMENT, request.department());
		filters.put(SearchFacet.YEAR, request.year());
		filters.put(SearchFacet.LEVEL1, request.level1());
		filters.put(SearchFacet.LEVEL2, request.level2());
		filters.put(SearchFacet.KIND, request.kind());
		SearchSort sort = "year".equals(request.sort()) ? SearchSort.YEAR : SearchSort.RELEVANCE;
		List<String> words = List.of(parsed.text().split("\\s+"));
		SearchQuery query = new SearchQuery(parsed.text(), types(request.type()), filters, sort, request.page(),
				request.size(), this.synonyms.expand(words), parsed.filters());
		// The index knows nothing of findings (they change without the files changing):
		// the
		// store names the filings that have them, and the index keeps their documents.
		return request.finding().isEmpty() ? query
				: query.withFilingIds(this.findings.filingIdsWith(request.finding()));
	}

	private static Set<DocumentType> types(String type) {
		return switch (type) {
			case "indicator" -> Set.of(DocumentType.INDICATOR);
			case "project", "filing" -> Set.of(DocumentType.FILING);
			case "" -> Set.of();
			default -> throw BadRequestException.invalid("type", type, "indicator", "project");
		};
	}

	/**
	 * A facet value as the page sends it back: form kinds by their code, as everywhere in
	 * the API (the request takes either spelling).
	 */
	private static String value(SearchFacet facet, String indexed) {
		if (facet == SearchFacet.KIND) {
			for (FormKind kind : FormKind.values()) {
				if (kind.name().equals(indexed)) {
					return kind.code();
				}
			}
		}
		return indexed;
	}

	static String key(SearchFacet facet) {
		return facet.name().toLowerCase(Locale.ROOT);
	}

	private static HitView view(SearchDocument document, Map<String, String> highlights) {
		return new HitView(document.id(), (document.type() == DocumentType.FILING) ? "project" : "indicator",
				document.filingId(), document.indicatorId(), document.name(), document.projectName(), document.unit(),
				document.department(), document.year(), document.kind(), document.level1(), document.level2(),
				document.target(), document.valueOperator(), document.valueNumber(), document.valueUnit(), highlights);
	}

}
