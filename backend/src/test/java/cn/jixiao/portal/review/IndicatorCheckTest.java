package cn.jixiao.portal.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.ValueKind;
import cn.jixiao.indexer.review.IndicatorFacts;
import cn.jixiao.indexer.review.IndicatorFinding;

import static cn.jixiao.portal.review.Facts.of;
import static cn.jixiao.portal.review.Facts.quantitative;
import static cn.jixiao.portal.review.Facts.words;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules together: scores, their order of reasons, and every reason has its words. */
class IndicatorCheckTest {

	private final IndicatorCheck check = new IndicatorCheck();

	@Test
	void aQuantifiedTargetScoresFull() {
		Verdict verdict = this.check.check(quantitative("服务对象满意度指标", "服务对象满意度", "≥", "90.00", "%"));
		assertThat(verdict.score()).isEqualTo(100);
		assertThat(verdict.findings()).isEmpty();
	}

	@Test
	void aClearDeadlineScoresFullWithANote() {
		Verdict verdict = this.check.check(of(ValueKind.DEADLINE, "时效指标", "宣传品制作及时性", "2025年10月底前"));
		assertThat(verdict.score()).isEqualTo(100);
		assertThat(verdict.findings()).extracting(IndicatorFinding::messageKey)
			.containsExactly("review.timeliness.clear");
	}

	@Test
	void deductionsAddUpLargestFirstAndStopAtZero() {
		Verdict satisfied = this.check.check(words("服务对象满意度指标", "被调查者满意度", "满意"));
		assertThat(satisfied.score()).isEqualTo(40);
		assertThat(satisfied.findings()).extracting(IndicatorFinding::messageKey)
			.containsExactly("review.satisfaction.notNumber", "review.quantified.qualitative");
		assertThat(this.check.check(words("社会效益指标", "政策宣传知晓率提升", "提升")).score()).isEqualTo(50);
		assertThat(this.check.check(words("时效指标", "宣传品制作及时性", "及时")).score()).isEqualTo(60);
		assertThat(this.check.check(words("服务对象满意度指标", "受益对象满意度", "有效")).score()).isZero();
		assertThat(this.check.check(of(null, "数量指标", "高龄老人慰问人数", null)).score()).isZero();
	}

	@Test
	void everyReasonHasItsWordsInTheMessageBundle() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/review-messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<IndicatorFacts> samples = List.of(of(null, "数量指标", "x", null),
				quantitative("数量指标", "送达文书数量", null, "12000", null), quantitative("质量指标", "差错率", "≤", "100", "%"),
				quantitative("质量指标", "差错率", "=", "120", "%"), words("时效指标", "发放及时率", "及时"),
				words("数量指标", "培训开展情况", "提升"), of(ValueKind.FREE_TEXT, "质量指标", "x", "文字"),
				of(ValueKind.DEADLINE, "时效指标", "x", "按期结案"), of(ValueKind.DEADLINE, "社会效益指标", "x", "2025年11月"),
				of(ValueKind.DEADLINE, "时效指标", "x", "每月10日"), quantitative("服务对象满意度指标", "满意度", "<", "4", "分"),
				words("服务对象满意度指标", "满意度", "满意"));
		List<String> keys = samples.stream()
			.flatMap((facts) -> this.check.check(facts).findings().stream())
			.map(IndicatorFinding::messageKey)
			.distinct()
			.toList();
		assertThat(keys).hasSize(17);
		assertThat(keys).allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

}
