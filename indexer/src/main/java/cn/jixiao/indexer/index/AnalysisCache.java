package cn.jixiao.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Remembers how SmartCN split texts. Segmentation is the dominant cost of indexing, and
 * text recurs: every indicator of a form repeats its unit, department and project,
 * indicator names and targets repeat across filings, and a project's goal text keeps most
 * of its sentences from year to year. Short texts are remembered whole; longer ones
 * sentence by sentence, which gives the same tokens because SmartCN segments each
 * sentence on its own. Only used under the index's write lock.
 */
final class AnalysisCache {

	private static final int MAX_CACHED_LENGTH = 200;

	/**
	 * SmartCN reads text in buffers of this many characters, so longer texts may be split
	 * at a buffer boundary rather than a sentence: those are analysed as usual.
	 */
	private static final int MAX_SENTENCE_SPLIT_LENGTH = 1024;

	private static final int MAX_ENTRIES = 50_000;

	/** The sentence rules SmartCN's tokenizer applies. */
	private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

	/**
	 * Marks a sentence that the sentence rules would split further when read alone; its
	 * text is analysed whole.
	 */
	private static final Analysed NOT_A_SENTENCE = new Analysed(List.of(), 0);

	private final Analyzer analyzer;

	private final Map<String, Analysed> texts = new ConcurrentHashMap<>();

	private final Map<String, Analysed> sentences = new ConcurrentHashMap<>();

	/** One token as the analyser produced it. */
	record Token(String term, int start, int end, int positionIncrement) {
	}

	/**
	 * A text's tokens, and the positions of stop words after its last token, which move
	 * the next sentence's first token.
	 */
	private record Analysed(List<Token> tokens, int trailingSkipped) {
	}

	AnalysisCache(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The analysed tokens of the text, or {@code null} for texts that are analysed as
	 * usual.
	 */
	TokenStream tokens(String field, String text) {
		if (text.length() <= MAX_CACHED_LENGTH) {
			return new Replay(remembered(this.texts, field, text).tokens());
		}
		if (text.length() <= MAX_SENTENCE_SPLIT_LENGTH && !hasLineBreak(text)) {
			List<Token> tokens = bySentence(field, text);
			return (tokens != null) ? new Replay(tokens) : null;
		}
		return null;
	}

	private List<Token> bySentence(String field, String text) {
		BreakIterator breaks = (BreakIterator) SENTENCES.clone();
		breaks.setText(text);
		List<Token> tokens = new ArrayList<>();
		int skipped = 0;
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			Analysed sentence = remembered(this.sentences, field, text.substring(start, end));
			if (sentence == NOT_A_SENTENCE) {
				return null;
			}
			for (Token token : sentence.tokens()) {
				tokens.add(new Token(token.term(), token.start() + start, token.end() + start,
						token.positionIncrement() + skipped));
				skipped = 0;
			}
			skipped += sentence.trailingSkipped();
		}
		return tokens;
	}

	private Analysed remembered(Map<String, Analysed> cache, String field, String text) {
		Analysed analysed = cache.get(text);
		if (analysed == null) {
			analysed = (cache == this.sentences && !isOneSentence(text)) ? NOT_A_SENTENCE : analyse(field, text);
			if (cache.size() >= MAX_ENTRIES) {
				cache.clear();
			}
			cache.put(text, analysed);
		}
		return analysed;
	}

	private static boolean isOneSentence(String text) {
		BreakIterator breaks = (BreakIterator) SENTENCES.clone();
		breaks.setText(text);
		breaks.first();
		return breaks.next() == text.length();
	}

	/** SmartCN's tokenizer also ends its buffers at line breaks. */
	private static boolean hasLineBreak(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '\r', '\n', '\u0085', '\u2028', '\u2029':
					return true;
				default:
			}
		}
		return false;
	}

	private Analysed analyse(String field, String text) {
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
			return new Analysed(List.copyOf(tokens), increment.getPositionIncrement());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
