package cn.jixiao.portal.drafting;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.index.SearchQuery;
import cn.jixiao.indexer.index.SearchResult;
import cn.jixiao.indexer.index.SearchResult.SearchHit;
import cn.jixiao.indexer.index.SearchSort;
import cn.jixiao.indexer.index.TextTerms;

/**
 * Past filings like a draft, found through the search index by its project name and goal
 * text. A search wants every word it is given, so each word searches on its own and a
 * filing's score adds up what it scored for each word: relative to the word's best hit,
 * weighted by how rare the word is among filings (鉴定 counts more than 经费), and a word of
 * the name more than one of the goal.
 */
@Component
class SimilarFilings {

	private static final int NAME_TERMS = 4;

	private static final int GOAL_TERMS = 8;

	private static final int HITS_PER_WORD = 30;

	private static final double WHOLE_NAME_WEIGHT = 3;

	private static final double NAME_WEIGHT = 2;

	private static final double GOAL_WEIGHT = 1;

	/**
	 * Filings scoring less than this share of the best are not alike enough to draw on.
	 */
	private static final double MIN_SHARE_OF_BEST = 0.25;

	private final SearchIndex index;

	SimilarFilings(SearchIndex index) {
		this.index = index;
	}

	/** A filing and how alike it is. */
	record Similar(long filingId, double score) {
	}

	/** At most {@code limit} filings, the most alike first, none of {@code excluded}. */
	List<Similar> find(String projectName, String goal, Collection<Long> excluded, int limit) {
		long filings = this.index.search(query("", 1)).total();
		Map<Long, Double> scores = new HashMap<>();
		if (projectName != null && !projectName.isBlank()) {
			add(scores, projectName.replaceAll("\\s+", ""), WHOLE_NAME_WEIGHT, filings);
		}
		List<String> nameTerms = TextTerms.of(projectName, 2, NAME_TERMS);
		nameTerms.forEach((term) -> add(scores, term, NAME_WEIGHT, filings));
		TextTerms.of(goal, 2, GOAL_TERMS + nameTerms.size())
			.stream()
			.filter((term) -> !nameTerms.contains(term))
			.limit(GOAL_TERMS)
			.forEach((term) -> add(scores, term, GOAL_WEIGHT, filings));
		excluded.forEach(scores::remove);
		double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		return scores.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= best * MIN_SHARE_OF_BEST)
			.map((entry) -> new Similar(entry.getKey(), entry.getValue()))
			.sorted((a, b) -> (a.score() != b.score()) ? Double.compare(b.score(), a.score())
					: Long.compare(b.filingId(), a.filingId()))
			.limit(limit)
			.toList();
	}

	/**
	 * A word's hits, each scored against the word's best hit and weighted by the word's
	 * inverse document frequency among filings.
	 */
	private void add(Map<Long, Double> scores, String word, double weight, long filings) {
		SearchResult result = this.index.search(query(word, HITS_PER_WORD));
		if (result.hits().isEmpty()) {
			return;
		}
		double rarity = Math.log(1 + (double) filings / result.total());
		double best = result.hits().get(0).score();
		for (SearchHit hit : result.hits()) {
			scores.merge(hit.document().filingId(), weight * rarity * hit.score() / best, Double::sum);
		}
	}

	private static SearchQuery query(String text, int size) {
		return new SearchQuery(text, Set.of(DocumentType.FILING), Map.of(), SearchSort.RELEVANCE, 0, size);
	}

}
