package cn.jixiao.indexer.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets for a page of hits. Text is HTML-escaped before matches are
 * wrapped in {@code <mark>}, so a filing containing {@code <script>} shows as text.
 */
final class LuceneHighlights {

	static final String PRE_TAG = "<mark>";

	static final String POST_TAG = "</mark>";

	private static final int MAX_LENGTH = 10_000;

	private final Analyzer analyzer;

	LuceneHighlights(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * Snippets by Lucene doc id, then by field; fields without a match are left out. Each
	 * document type gets the fields an analyst reads in a hit (an indicator's name and
	 * target, a filing's project name and goal), which also keeps highlighting cheap.
	 */
	Map<Integer, Map<String, String>> snippets(IndexSearcher searcher, Query query,
			Map<DocumentType, List<Integer>> docsByType) throws IOException {
		Map<Integer, Map<String, String>> snippets = new HashMap<>();
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.analyzer)
			.withFormatter(new DefaultPassageFormatter(PRE_TAG, POST_TAG, "…", true))
			.withMaxLength(MAX_LENGTH)
			.build();
		for (Map.Entry<DocumentType, List<Integer>> group : docsByType.entrySet()) {
			String[] fields = Fields.highlighted(group.getKey());
			int[] docIds = group.getValue().stream().mapToInt(Integer::intValue).toArray();
			if (docIds.length == 0) {
				continue;
			}
			int[] passages = new int[fields.length];
			Arrays.fill(passages, 1);
			Map<String, String[]> byField = highlighter.highlightFields(fields, query, docIds, passages);
			for (int i = 0; i < docIds.length; i++) {
				Map<String, String> found = new HashMap<>();
				for (Map.Entry<String, String[]> field : byField.entrySet()) {
					String snippet = field.getValue()[i];
					if (snippet != null && snippet.contains(PRE_TAG)) {
						found.put(field.getKey(), snippet);
					}
				}
				snippets.put(docIds[i], found);
			}
		}
		return snippets;
	}

}
