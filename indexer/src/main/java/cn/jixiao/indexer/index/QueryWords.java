package cn.jixiao.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How an analyst's text becomes what a query looks for, the same for every backend: the
 * whitespace-separated words, each cut by SmartCN into the terms the index holds. Both
 * backends build their queries from these terms, so Elasticsearch never parses user text
 * and finds exactly what the embedded index finds.
 */
final class QueryWords {

	/** Words beyond this are ignored, so that a pasted paragraph stays a small query. */
	static final int MAX_WORDS = 32;

	private final Analyzer analyzer;

	QueryWords(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.strip().split("[\\s\\u3000]+")) {
			if (!word.isEmpty() && words.size() < MAX_WORDS) {
				words.add(word);
			}
		}
		return words;
	}

	/** The word's SmartCN terms, in order; none for punctuation or query syntax. */
	List<String> terms(String word) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(Fields.NAME, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
