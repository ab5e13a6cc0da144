package cn.jixiao.indexer.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A free text's words as the index cuts them, for searching word by word. */
class TextTermsTest {

	private static final String GOAL = "通过开展鉴定、认定工作，保障区劳动能力鉴定和工伤认定工作的顺利实施，鉴定、认定工作完成率100%，"
			+ "公平、公正地开展劳动能力鉴定。2027年完成劳动能力鉴定3000件。";

	@Test
	void cutsANameAsTheIndexDoes() {
		assertThat(TextTerms.of("鉴定、认定费", 1, 10)).containsExactly("鉴定", "认定", "费");
		assertThat(TextTerms.of("鉴定、认定费", 2, 10)).containsExactly("鉴定", "认定");
	}

	@Test
	void putsTheMostFrequentWordsOfAGoalFirstAndLeavesOutNumbersAndPunctuation() {
		assertThat(TextTerms.of(GOAL, 2, 4)).containsExactly("鉴定", "认定", "工作", "劳动");
		assertThat(TextTerms.of(GOAL, 1, 100)).doesNotContain("100", "2027", "3000", "，", "%")
			.contains("工伤", "公平", "件")
			.doesNotHaveDuplicates();
	}

	@Test
	void findsNothingInNoText() {
		assertThat(TextTerms.of(null, 1, 10)).isEmpty();
		assertThat(TextTerms.of(" \u3000", 1, 10)).isEmpty();
		assertThat(TextTerms.of("2027 ≥ 90%", 1, 10)).isEmpty();
	}

}
