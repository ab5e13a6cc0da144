package cn.jixiao.indexer.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds Lucene queries from an analyst's search without any query syntax: user text is
 * only ever analysed into terms, so {@code *:*} or {@code name:(a OR b)} are words to
 * look for, not instructions.
 */
final class LuceneQueries {

	/**
	 * Tie-breaker so that a word found in several fields counts a little more than in
	 * one.
	 */
	static final float TIE_BREAKER = 0.1f;

	/**
	 * A synonym counts for less than the word typed, so that what the analyst wrote ranks
	 * first although a rarer synonym weighs more by itself.
	 */
	static final float ALTERNATIVE_BOOST = 0.3f;

	private final QueryWords words;

	LuceneQueries(Analyzer analyzer) {
		this.words = new QueryWords(analyzer);
	}

	Query build(SearchQuery search) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		Query text = text(search.text(), search.alternatives());
		query.add(text, BooleanClause.Occur.MUST);
		if (!search.types().isEmpty()) {
			query.add(anyOf(Fields.TYPE, search.types().stream().map(Enum::name).toList()), BooleanClause.Occur.FILTER);
		}
		for (Map.Entry<SearchFacet, List<String>> filter : search.filters().entrySet()) {
			query.add(anyOf(Fields.filterField(filter.getKey()), filter.getValue()), BooleanClause.Occur.FILTER);
		}
		for (TargetFilter filter : search.targetFilters()) {
			query.add(target(filter), BooleanClause.Occur.FILTER);
		}
		if (search.filingIds() != null) {
			query.add(filings(search.filingIds()), BooleanClause.Occur.FILTER);
		}
		return query.build();
	}

	/**
	 * Every word (or one of its alternatives) must match in some field; a word the
	 * analyser splits must match as a phrase.
	 */
	Query text(String text, Map<String, List<String>> alternatives) {
		List<String> words = QueryWords.of(text);
		if (words.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String word : words) {
			Query wordQuery = word(word);
			List<Query> either = new ArrayList<>();
			if (wordQuery != null) {
				either.add(wordQuery);
			}
			for (String alternative : alternatives.getOrDefault(word, List.of())) {
				Query alternativeQuery = word(alternative);
				if (alternativeQuery != null) {
					either.add(new BoostQuery(alternativeQuery, ALTERNATIVE_BOOST));
				}
			}
			if (either.size() == 1) {
				all.add(either.get(0), BooleanClause.Occur.MUST);
			}
			else if (!either.isEmpty()) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				either.forEach((query) -> any.add(query, BooleanClause.Occur.SHOULD));
				all.add(any.build(), BooleanClause.Occur.MUST);
			}
		}
		BooleanQuery built = all.build();
		return built.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable words") : built;
	}

	/** The word in its best field; {@code null} when nothing of it is searchable. */
	private Query word(String word) {
		List<String> tokens = this.words.terms(word);
		List<String> grams = CharacterBigrams.of(word);
		if (tokens.isEmpty() && grams.isEmpty()) {
			return null;
		}
		List<Query> perField = new ArrayList<>();
		Fields.SEARCHED.forEach((field, boost) -> perField.add(new BoostQuery(match(field, tokens), boost)));
		if (!grams.isEmpty()) {
			perField.add(new BoostQuery(match(Fields.NAME_GRAMS, grams), Fields.NAME_GRAMS_BOOST));
		}
		return new DisjunctionMaxQuery(perField, TIE_BREAKER);
	}

	/**
	 * A range on the parsed number and an exact unit: what an Elasticsearch {@code range}
	 * and {@code term} query say.
	 */
	private static Query target(TargetFilter filter) {
		BooleanQuery.Builder target = new BooleanQuery.Builder();
		if (filter.comparison() != null) {
			double number = filter.number().doubleValue();
			double from = Double.NEGATIVE_INFINITY;
			double to = Double.POSITIVE_INFINITY;
			switch (filter.comparison()) {
				case EQ -> {
					from = number;
					to = number;
				}
				case GT -> from = Math.nextUp(number);
				case GE -> from = number;
				case LT -> to = Math.nextDown(number);
				case LE -> to = number;
			}
			target.add(DoublePoint.newRangeQuery(Fields.VALUE_NUMBER, from, to), BooleanClause.Occur.FILTER);
		}
		if (filter.unit() != null) {
			target.add(new TermQuery(new Term(Fields.VALUE_UNIT, filter.unit())), BooleanClause.Occur.FILTER);
		}
		return target.build();
	}

	private static Query filings(Set<Long> ids) {
		if (ids.isEmpty()) {
			return new MatchNoDocsQuery("no filings chosen");
		}
		return LongPoint.newSetQuery(Fields.FILING_ID, ids.stream().mapToLong(Long::longValue).toArray());
	}

	private static Query match(String field, List<String> tokens) {
		if (tokens.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0)));
		}
		return new PhraseQuery(field, tokens.toArray(String[]::new));
	}

	private static Query anyOf(String field, List<String> values) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String value : values) {
			any.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.SHOULD);
		}
		return any.build();
	}

}
