package cn.jixiao.indexer.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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

	/** Snippets by Lucene doc id, then by field; fields without a match are left out. */
	Map<Integer, Map<String, String>> snippets(IndexSearcher searcher, Query query, List<ScoreDoc> page)
			throws IOException {
		Map<Integer, Map<String, String>> snippets = new HashMap<>();
		if (page.isEmpty()) {
			return snippets;
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.analyzer)
			.withFormatter(new DefaultPassageFormatter(PRE_TAG, POST_TAG, "…", true))
			.withMaxLength(MAX_LENGTH)
			.build();
		int[] docIds = page.stream().mapToInt((scoreDoc) -> scoreDoc.doc).toArray();
		int[] passages = new int[Fields.HIGHLIGHTED.length];
		java.util.Arrays.fill(passages, 1);
		Map<String, String[]> byField = highlighter.highlightFields(Fields.HIGHLIGHTED, query, docIds, passages);
		for (int i = 0; i < docIds.length; i++) {
			Map<String, String> fields = new HashMap<>();
			for (Map.Entry<String, String[]> field : byField.entrySet()) {
				String snippet = field.getValue()[i];
				if (snippet != null && snippet.contains(PRE_TAG)) {
					fields.put(field.getKey(), snippet);
				}
			}
			snippets.put(docIds[i], fields);
		}
		return snippets;
	}

}
