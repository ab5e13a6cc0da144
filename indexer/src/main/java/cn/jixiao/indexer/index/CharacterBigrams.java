package cn.jixiao.indexer.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Overlapping character pairs of a name ("满意度" → 满意, 意度). SmartCN keeps 满意度 as one word,
 * so the word 满意 alone would never find it; pairs let a query match any part of an
 * indicator or project name. Computed by the application, so that every search backend
 * indexes the same pairs.
 */
final class CharacterBigrams {

	private CharacterBigrams() {
	}

	/**
	 * The pairs of letters and digits, in order; a single character stands alone;
	 * punctuation is skipped.
	 */
	static List<String> of(String text) {
		List<String> grams = new ArrayList<>();
		if (text == null) {
			return grams;
		}
		int[] letters = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
		if (letters.length == 1) {
			grams.add(new String(letters, 0, 1));
		}
		for (int i = 0; i + 1 < letters.length; i++) {
			grams.add(new String(letters, i, 2));
		}
		return grams;
	}

}
