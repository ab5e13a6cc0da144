package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.PUJIN_2024;
import static cn.jixiao.indexer.review.SeedForms.SONGJIANG_2025;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DuplicateIndicatorRuleTest {

	private final DuplicateIndicatorRule rule = new DuplicateIndicatorRule();

	@Test
	void theSecondRowOfANameIsAWarningNamingTheFirst() {
		// 浦锦 劳动关系 (2024): 劳资矛盾智慧预警平台区级对接完成率 under 数量指标 and again under 社会效益指标.
		assertThat(this.rule.check(form(PUJIN_2024, 1), ReviewContext.none()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::indicator,
					ReviewFinding::indicatorName, ReviewFinding::explanation)
			.containsExactly(
					tuple("duplicate-indicator", Severity.WARNING, 15, "劳资矛盾智慧预警平台区级对接完成率", "与第 9 项指标同名，同一张表中不应重复"));
		// 松江区社会保障服务中心 工伤鉴定 (2025): two names twice, one with two targets (≥95% and ≥90%).
		assertThat(this.rule.check(form(SONGJIANG_2025, 27), ReviewContext.none()))
			.extracting(ReviewFinding::indicator, ReviewFinding::indicatorName)
			.containsExactly(tuple(9, "工伤鉴定认定执行规范性"), tuple(20, "群众满意度"));
	}

	@Test
	void namesAreMatchedAsTheLibraryMatchesThem() {
		var form = Forms.withIndicators(form(MINHANG_2026, 2),
				List.of(indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90.00(%)"),
						indicator("满意度指标", "服务对象满意度指标", "群众 满意度。", "≥95.00(%)")));
		assertThat(this.rule.check(form, ReviewContext.none())).extracting(ReviewFinding::indicator).containsExactly(1);
	}

	@Test
	void staysSilentWhereEveryNameIsItsOwn() {
		assertThat(this.rule.check(form(MINHANG_2026, 6), ReviewContext.none())).isEmpty();
	}

}
