package cn.jixiao.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Remembers how SmartCN split short texts. Segmentation is the dominant cost of indexing,
 * and most short texts recur: every indicator of a form repeats its unit, department and
 * project, and indicator names and targets repeat across filings. Only used under the
 * index's write lock.
 */
final class AnalysisCache {

	private static final int MAX_CACHED_LENGTH = 200;

	private static final int MAX_ENTRIES = 50_000;

	private final Analyzer analyzer;

	private final Map<String, List<Token>> cache = new ConcurrentHashMap<>();

	/** One token as the analyser produced it. */
	record Token(String term, int start, int end, int positionIncrement) {
	}

	AnalysisCache(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The analysed tokens of the text, or {@code null} for long texts that are analysed
	 * as usual.
	 */
	TokenStream tokens(String field, String text) {
		if (text.length() > MAX_CACHED_LENGTH) {
			return null;
		}
		List<Token> tokens = this.cache.get(text);
		if (tokens == null) {
			tokens = analyse(field, text);
			if (this.cache.size() >= MAX_ENTRIES) {
				this.cache.clear();
			}
			this.cache.put(text, tokens);
		}
		return new Replay(tokens);
	}

	private List<Token> analyse(String field, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
						increment.getPositionIncrement()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(tokens);
	}

	/**
	 * Tokens computed by the application (character pairs), played to the index writer as
	 * they are.
	 */
	static TokenStream of(List<String> terms) {
		List<Token> tokens = new ArrayList<>(terms.size());
		for (String term : terms) {
			tokens.add(new Token(term, 0, 0, 1));
		}
		return new Replay(tokens);
	}

	/** Plays cached tokens back to the index writer. */
	private static final class Replay extends TokenStream {

		private final List<Token> tokens;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private int next;

		Replay(List<Token> tokens) {
			this.tokens = tokens;
		}

		@Override
		public boolean incrementToken() {
			if (this.next >= this.tokens.size()) {
				return false;
			}
			clearAttributes();
			Token token = this.tokens.get(this.next++);
			this.term.setEmpty().append(token.term());
			this.offset.setOffset(token.start(), token.end());
			this.increment.setPositionIncrement(token.positionIncrement());
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = 0;
		}

	}

}
