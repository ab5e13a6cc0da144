package cn.jixiao.indexer.importing;

import java.util.Arrays;

/**
 * The distinct character pairs of a text's letters and digits, each pair packed in an int
 * and kept sorted. Lineage compares every filing of a unit with every other, so the
 * comparison is a merge of two sorted arrays rather than hash look-ups of strings.
 */
final class Bigrams {

	static final Bigrams NONE = new Bigrams(new int[0]);

	/** Marks a text of a single letter, which is its own "pair". */
	private static final int SINGLE = 0xFFFF;

	private final int[] codes;

	private Bigrams(int[] codes) {
		this.codes = codes;
	}

	static Bigrams of(String text) {
		if (text == null) {
			return NONE;
		}
		StringBuilder letters = new StringBuilder(text.length());
		text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		if (letters.length() == 1) {
			return new Bigrams(new int[] { (letters.charAt(0) << 16) | SINGLE });
		}
		int[] codes = new int[Math.max(0, letters.length() - 1)];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = (letters.charAt(i) << 16) | letters.charAt(i + 1);
		}
		Arrays.sort(codes);
		return new Bigrams(distinct(codes));
	}

	private static int[] distinct(int[] sorted) {
		int count = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[count++] = sorted[i];
			}
		}
		return (count == sorted.length) ? sorted : Arrays.copyOf(sorted, count);
	}

	int size() {
		return this.codes.length;
	}

	boolean isEmpty() {
		return this.codes.length == 0;
	}

	/** How many pairs the two texts share. */
	int shared(Bigrams other) {
		int[] a = this.codes;
		int[] b = other.codes;
		int i = 0;
		int j = 0;
		int shared = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				shared++;
				i++;
				j++;
			}
		}
		return shared;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Bigrams bigrams && Arrays.equals(this.codes, bigrams.codes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.codes);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("[");
		for (int code : this.codes) {
			if (text.length() > 1) {
				text.append(", ");
			}
			text.append((char) (code >>> 16));
			if ((code & 0xFFFF) != SINGLE) {
				text.append((char) (code & 0xFFFF));
			}
		}
		return text.append(']').toString();
	}

}
