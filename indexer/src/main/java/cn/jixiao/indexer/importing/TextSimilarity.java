package cn.jixiao.indexer.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Character-bigram similarity (Dice coefficient), which suits Chinese text: no word
 * segmentation needed, and punctuation, spacing and numbering differences ("1、" vs "1.")
 * barely move it.
 */
final class TextSimilarity {

	private TextSimilarity() {
	}

	static Set<String> bigrams(String text) {
		Set<String> bigrams = new HashSet<>();
		if (text == null) {
			return bigrams;
		}
		StringBuilder letters = new StringBuilder(text.length());
		text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		for (int i = 0; i + 1 < letters.length(); i++) {
			bigrams.add(letters.substring(i, i + 2));
		}
		if (letters.length() == 1) {
			bigrams.add(letters.toString());
		}
		return bigrams;
	}

	static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> smaller = (a.size() <= b.size()) ? a : b;
		Set<String> larger = (smaller == a) ? b : a;
		int shared = 0;
		for (String bigram : smaller) {
			if (larger.contains(bigram)) {
				shared++;
			}
		}
		return 2.0 * shared / (a.size() + b.size());
	}

	/**
	 * How far two indicator sets are the same: the share of indicators (of the larger
	 * set) that have a close namesake in the other, so that "邮寄对象满意度" and "邮寄对象、接待对象满意度"
	 * count as one.
	 */
	static double indicatorOverlap(List<Set<String>> a, List<Set<String>> b, double nameThreshold) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int matched = 0;
		for (Set<String> name : a) {
			for (Set<String> other : b) {
				if (dice(name, other) >= nameThreshold) {
					matched++;
					break;
				}
			}
		}
		return (double) matched / Math.max(a.size(), b.size());
	}

}
