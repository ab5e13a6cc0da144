package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IndicatorCountRuleTest {

	private final IndicatorCountRule rule = new IndicatorCountRule();

	@Test
	void fewerThanThreeIndicatorsIsAWarning() {
		// Every seed form has six or more; 宣传费 (2026) cut to two rows.
		var twoRows = Forms.withIndicators(form(MINHANG_2026, 2),
				List.of(indicator("产出指标", "数量指标", "宣传品制作完成率", "=100.00(%)"),
						indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90.00(%)")));
		assertThat(this.rule.check(twoRows, ReviewContext.none()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::explanation)
			.containsExactly(tuple("too-few-indicators", Severity.WARNING, "只有 2 项指标，至少应有 3 项"));
	}

	@Test
	void staysSilentOnEverySeedForm() {
		assertThat(SeedForms.all()).allSatisfy(
				(form) -> assertThat(this.rule.check(form, ReviewContext.none())).as(form.projectName()).isEmpty());
	}

}
