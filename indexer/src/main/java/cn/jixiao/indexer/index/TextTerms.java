package cn.jixiao.indexer.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The words a free text holds as the index cuts it (SmartCN), for searching with a text
 * that is not a query: a draft's project name and goal, each of whose words is worth a
 * search of its own. A search takes whitespace-separated words that must all match, so a
 * sentence passed whole would find only itself.
 */
public final class TextTerms {

	private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

	private static final QueryWords WORDS = new QueryWords(ANALYZER);

	private TextTerms() {
	}

	/**
	 * The text's distinct terms of at least {@code minLength} characters, the most
	 * frequent first (first occurrence breaking ties), at most {@code limit}.
	 */
	public static List<String> of(String text, int minLength, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String term : WORDS.terms(text)) {
			if (term.codePointCount(0, term.length()) >= minLength && term.codePoints().allMatch(Character::isLetter)) {
				counts.merge(term, 1, Integer::sum);
			}
		}
		List<String> terms = new ArrayList<>(counts.keySet());
		terms.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
		return List.copyOf(terms.subList(0, Math.min(limit, terms.size())));
	}

}
