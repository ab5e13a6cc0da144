package cn.jixiao.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remembered analysis must be exactly SmartCN's: the same terms, offsets and positions,
 * or search and highlighting would differ from the production engine's.
 */
class AnalysisCacheTest {

	private static final String GOAL = "1、确保本单位人员经费、日常公用经费按时足额保障，维持机构正常运转。2、完成2025年度工伤认定案件3000件以上！"
			+ "提高群众满意度?  3. Keep the IT system (OA/HR) running 99.9% of the time; 及时处理投诉。。；"
			+ "4、加强信息化建设，推进“一网通办”，实现数据共享……最终达到预期目标";

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	@Test
	void everySeedTextIsAnalysedAsSmartCnWouldAnalyseIt() throws IOException {
		AnalysisCache cache = new AnalysisCache(this.analyzer);
		List<String> texts = SeedDocuments.all()
			.stream()
			.flatMap((document) -> Stream.of(document.name(), document.projectName(), document.target(),
					document.goal(), document.unit(), document.department()))
			.filter(Objects::nonNull)
			.toList();
		assertThat(texts.stream().filter((text) -> text.length() > 200)).isNotEmpty();
		for (int round = 0; round < 2; round++) {
			for (String text : texts) {
				assertSameTokens(cache, text);
			}
		}
	}

	@Test
	void longTextsAreAnalysedSentenceBySentenceWithTheirPositions() throws IOException {
		AnalysisCache cache = new AnalysisCache(this.analyzer);
		String longGoal = GOAL + GOAL.substring(0, 120) + "。" + GOAL;
		assertThat(longGoal.length()).isBetween(201, 1024);
		assertThat(cache.tokens("goal", longGoal)).isNotNull();
		assertSameTokens(cache, longGoal);
		assertSameTokens(cache, "。，" + longGoal.replace("。", "。。。"));
	}

	@Test
	void textsSmartCnWouldReadInSeveralBuffersAreLeftToIt() throws IOException {
		AnalysisCache cache = new AnalysisCache(this.analyzer);
		assertThat(cache.tokens("goal", GOAL.repeat(10))).isNull();
		assertThat(cache.tokens("goal", GOAL + "\n" + GOAL)).isNull();
	}

	private void assertSameTokens(AnalysisCache cache, String text) throws IOException {
		TokenStream cached = cache.tokens("goal", text);
		if (cached != null) {
			assertThat(tokens(cached)).as(text).isEqualTo(tokens(this.analyzer.tokenStream("goal", text)));
		}
	}

	private static List<String> tokens(TokenStream stream) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (stream) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
						+ increment.getPositionIncrement());
			}
			stream.end();
		}
		return tokens;
	}

}
