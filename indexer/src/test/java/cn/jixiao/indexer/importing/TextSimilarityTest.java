package cn.jixiao.indexer.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Character-bigram similarity of goal texts and indicator names.
 */
class TextSimilarityTest {

	@Test
	void bigramsSkipPunctuationAndWhitespace() {
		assertThat(TextSimilarity.bigrams("1、邮寄 送达。").toString()).contains("1邮", "邮寄", "寄送", "送达");
		assertThat(TextSimilarity.bigrams("1、邮寄 送达。").size()).isEqualTo(4);
		assertThat(TextSimilarity.bigrams("1.邮寄送达")).isEqualTo(TextSimilarity.bigrams("1、邮寄 送达。"));
	}

	@Test
	void singleLetterIsItsOwnBigramAndNothingHasNone() {
		assertThat(TextSimilarity.bigrams("率")).hasToString("[率]");
		assertThat(TextSimilarity.bigrams("率").size()).isOne();
		assertThat(TextSimilarity.bigrams("，。").isEmpty()).isTrue();
		assertThat(TextSimilarity.bigrams(null).isEmpty()).isTrue();
	}

	@Test
	void diceIsOneForTheSameTextZeroForUnrelatedOrEmptyText() {
		Bigrams goal = TextSimilarity.bigrams("确保案件调查及时准确");
		assertThat(TextSimilarity.dice(goal, TextSimilarity.bigrams("确保案件调查及时、准确。"))).isEqualTo(1.0);
		assertThat(TextSimilarity.dice(goal, TextSimilarity.bigrams("提升群众知晓率"))).isZero();
		assertThat(TextSimilarity.dice(goal, Bigrams.NONE)).isZero();
	}

	@Test
	void diceCountsSharedBigramsOfBothTexts() {
		// 邮寄对象满意度: 6 bigrams; 邮寄对象、接待对象满意度: 9 distinct; 6 shared
		assertThat(TextSimilarity.dice(TextSimilarity.bigrams("邮寄对象满意度"), TextSimilarity.bigrams("邮寄对象、接待对象满意度")))
			.isCloseTo(12.0 / 15, within(1e-9));
	}

	@Test
	void indicatorOverlapCountsRewordedNamesAsOneOfTheLargerSet() {
		List<Bigrams> before = names("邮寄文书数量", "文书送达及时性", "邮寄对象满意度");
		List<Bigrams> after = names("邮寄文书数量", "文书送达及时性", "邮寄对象、接待对象满意度", "当事人投诉例数");
		assertThat(TextSimilarity.indicatorOverlap(before, after, 0.7)).isCloseTo(3.0 / 4, within(1e-9));
		assertThat(TextSimilarity.indicatorOverlap(before, after, 0.9)).isCloseTo(2.0 / 4, within(1e-9));
		assertThat(TextSimilarity.indicatorOverlap(before, List.of(), 0.7)).isZero();
	}

	@Test
	void repeatedPairsCountOnce() {
		assertThat(TextSimilarity.bigrams("满意满意满意").size()).isEqualTo(2);
		assertThat(TextSimilarity.dice(TextSimilarity.bigrams("满意满意"), TextSimilarity.bigrams("满意")))
			.isEqualTo(2.0 * 1 / 3);
	}

	private static List<Bigrams> names(String... names) {
		return List.of(names).stream().map(TextSimilarity::bigrams).toList();
	}

}
