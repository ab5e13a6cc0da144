package cn.jixiao.indexer.review;

import org.junit.jupiter.api.Test;

import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.PUJIN_2024;
import static cn.jixiao.indexer.review.SeedForms.SHEBAO_2022;
import static cn.jixiao.indexer.review.SeedForms.SONGJIANG_2025;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CostIndicatorRuleTest {

	private final CostIndicatorRule rule = new CostIndicatorRule();

	@Test
	void aProjectFromTheGuidelinesYearOnWithoutCostIndicatorIsAWarning() {
		// 就业促进中心 网络信息系统运行与维护 (2025) starts with 产出指标.
		assertThat(this.rule.check(form(SONGJIANG_2025, 25), ReviewContext.none()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::concern)
			.containsExactly(tuple("cost-missing", Severity.WARNING, Concern.FORM));
		// 鉴定、认定费 (2026).
		assertThat(this.rule.check(form(MINHANG_2026, 1), ReviewContext.none())).singleElement()
			.extracting(ReviewFinding::explanation)
			.asString()
			.startsWith("没有成本指标");
	}

	@Test
	void staysSilentWithACostIndicatorOrBeforeTheGuideline() {
		// 松江区人社局 网络信息系统运行与维护 (2025): 人均运维成本.
		assertThat(this.rule.check(form(SONGJIANG_2025, 1), ReviewContext.none())).isEmpty();
		// 浦锦 劳动关系 (2024) has one; 社保中心 办公房维修 (2022) has none and predates the guideline.
		assertThat(this.rule.check(form(PUJIN_2024, 1), ReviewContext.none())).isEmpty();
		assertThat(this.rule.check(form(SHEBAO_2022, 1), ReviewContext.none())).isEmpty();
	}

}
