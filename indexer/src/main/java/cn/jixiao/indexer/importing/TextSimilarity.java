package cn.jixiao.indexer.importing;

import java.util.List;

/**
 * Character-bigram similarity (Dice coefficient), which suits Chinese text: no word
 * segmentation needed, and punctuation, spacing and numbering differences ("1、" vs "1.")
 * barely move it.
 */
final class TextSimilarity {

	private TextSimilarity() {
	}

	static Bigrams bigrams(String text) {
		return Bigrams.of(text);
	}

	static double dice(Bigrams a, Bigrams b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		return 2.0 * a.shared(b) / (a.size() + b.size());
	}

	/**
	 * How far two indicator sets are the same: the share of indicators (of the larger
	 * set) that have a close namesake in the other, so that "邮寄对象满意度" and "邮寄对象、接待对象满意度"
	 * count as one.
	 */
	static double indicatorOverlap(List<Bigrams> a, List<Bigrams> b, double nameThreshold) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int matched = 0;
		for (Bigrams name : a) {
			for (Bigrams other : b) {
				if (couldReach(name, other, nameThreshold) && dice(name, other) >= nameThreshold) {
					matched++;
					break;
				}
			}
		}
		return (double) matched / Math.max(a.size(), b.size());
	}

	/**
	 * Names of very different lengths cannot be close: even if one's pairs were all in
	 * the other, Dice would be 2·min / (a + b).
	 */
	private static boolean couldReach(Bigrams a, Bigrams b, double threshold) {
		return 2.0 * Math.min(a.size(), b.size()) >= threshold * (a.size() + b.size());
	}

}
