package cn.jixiao.indexer.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.NumberRangeQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.apache.lucene.analysis.Analyzer;

/**
 * Builds Elasticsearch queries that are, clause for clause, the Lucene queries of
 * {@link LuceneQueries}: user text is cut into terms here ({@link QueryWords}) and sent
 * as {@code term} queries, or as a phrase of those terms that the {@code whitespace}
 * analyzer only splits again, so Elasticsearch never parses what an analyst typed and
 * both backends score the same queries.
 */
final class ElasticsearchQueries {

	/** Splits a phrase of terms that SmartCN already cut, and nothing else. */
	private static final String TERMS_ANALYZER = "whitespace";

	static final int TERMS_PER_QUERY = 50_000;

	private final QueryWords words;

	ElasticsearchQueries(Analyzer analyzer) {
		this.words = new QueryWords(analyzer);
	}

	Query build(SearchQuery search) {
		BoolQuery.Builder query = new BoolQuery.Builder().must(text(search.text(), search.alternatives()));
		if (!search.types().isEmpty()) {
			query.filter(anyOf(Fields.TYPE, search.types().stream().map(Enum::name).toList()));
		}
		for (Map.Entry<SearchFacet, List<String>> filter : search.filters().entrySet()) {
			query.filter(anyOf(ElasticsearchDocument.facetField(filter.getKey()), filter.getValue()));
		}
		for (TargetFilter filter : search.targetFilters()) {
			query.filter(target(filter));
		}
		if (search.filingIds() != null) {
			query.filter(filings(search.filingIds()));
		}
		return query.build()._toQuery();
	}

	/**
	 * Every word (or one of its alternatives) must match in some field; a word the
	 * analyser splits must match as a phrase.
	 */
	private Query text(String text, Map<String, List<String>> alternatives) {
		List<String> words = QueryWords.of(text);
		if (words.isEmpty()) {
			return Query.of((q) -> q.matchAll((all) -> all));
		}
		List<Query> all = new ArrayList<>();
		for (String word : words) {
			List<Query> either = new ArrayList<>();
			Query wordQuery = word(word, 1f);
			if (wordQuery != null) {
				either.add(wordQuery);
			}
			for (String alternative : alternatives.getOrDefault(word, List.of())) {
				Query alternativeQuery = word(alternative, LuceneQueries.ALTERNATIVE_BOOST);
				if (alternativeQuery != null) {
					either.add(alternativeQuery);
				}
			}
			if (either.size() == 1) {
				all.add(either.get(0));
			}
			else if (!either.isEmpty()) {
				all.add(Query.of((q) -> q.bool((any) -> any.should(either))));
			}
		}
		if (all.isEmpty()) {
			return Query.of((q) -> q.matchNone((none) -> none));
		}
		return Query.of((q) -> q.bool((b) -> b.must(all)));
	}

	/** The word in its best field; {@code null} when nothing of it is searchable. */
	private Query word(String word, float boost) {
		List<String> terms = this.words.terms(word);
		List<String> grams = CharacterBigrams.of(word);
		if (terms.isEmpty() && grams.isEmpty()) {
			return null;
		}
		List<Query> perField = new ArrayList<>();
		Fields.SEARCHED.forEach((field, weight) -> perField.add(match(field, terms, weight)));
		if (!grams.isEmpty()) {
			perField.add(match(Fields.NAME_GRAMS, grams, Fields.NAME_GRAMS_BOOST));
		}
		return Query.of((q) -> q
			.disMax((max) -> max.queries(perField).tieBreaker((double) LuceneQueries.TIE_BREAKER).boost(boost)));
	}

	private static Query match(String field, List<String> terms, float boost) {
		if (terms.isEmpty()) {
			return Query.of((q) -> q.matchNone((none) -> none.boost(boost)));
		}
		if (terms.size() == 1) {
			return Query.of((q) -> q.term((term) -> term.field(field).value(terms.get(0)).boost(boost)));
		}
		return Query.of((q) -> q.matchPhrase(
				(phrase) -> phrase.field(field).query(String.join(" ", terms)).analyzer(TERMS_ANALYZER).boost(boost)));
	}

	/** The same range and exact unit as the Lucene index's target condition. */
	private static Query target(TargetFilter filter) {
		BoolQuery.Builder target = new BoolQuery.Builder();
		if (filter.comparison() != null) {
			double number = filter.number().doubleValue();
			NumberRangeQuery.Builder range = new NumberRangeQuery.Builder().field(Fields.VALUE_NUMBER);
			switch (filter.comparison()) {
				case EQ -> range.gte(number).lte(number);
				case GT -> range.gt(number);
				case GE -> range.gte(number);
				case LT -> range.lt(number);
				case LE -> range.lte(number);
			}
			NumberRangeQuery built = range.build();
			target.filter(Query.of((q) -> q.range((r) -> r.number(built))));
		}
		if (filter.unit() != null) {
			target.filter(Query.of((q) -> q.term((term) -> term.field(Fields.VALUE_UNIT).value(filter.unit()))));
		}
		return target.build()._toQuery();
	}

	/**
	 * The filing ids in {@code terms} queries of at most {@link #TERMS_PER_QUERY} each:
	 * Elasticsearch refuses a larger one ({@code index.max_terms_count}, 65,536).
	 */
	private static Query filings(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Query.of((q) -> q.matchNone((none) -> none));
		}
		List<FieldValue> values = ids.stream().sorted().map(FieldValue::of).toList();
		List<Query> chunks = new ArrayList<>();
		for (int from = 0; from < values.size(); from += TERMS_PER_QUERY) {
			List<FieldValue> chunk = values.subList(from, Math.min(values.size(), from + TERMS_PER_QUERY));
			chunks.add(Query
				.of((q) -> q.terms((terms) -> terms.field(Fields.FILING_ID).terms((list) -> list.value(chunk)))));
		}
		return (chunks.size() == 1) ? chunks.get(0) : Query.of((q) -> q.bool((any) -> any.should(chunks)));
	}

	private static Query anyOf(String field, List<String> values) {
		List<FieldValue> exact = values.stream().map(FieldValue::of).toList();
		return Query.of((q) -> q.terms((terms) -> terms.field(field).terms((list) -> list.value(exact))));
	}

}
