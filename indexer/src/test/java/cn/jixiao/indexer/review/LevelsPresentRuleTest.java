package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Indicator;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.SONGJIANG_2025;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LevelsPresentRuleTest {

	private final LevelsPresentRule rule = new LevelsPresentRule();

	@Test
	void aProjectWithoutSatisfactionIndicatorsIsAnError() {
		// 松江区人社局 东西部协作和对口支援 (2025) ends with 效益指标.
		assertThat(this.rule.check(form(SONGJIANG_2025, 4), ReviewContext.none()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::concern,
					ReviewFinding::explanation)
			.containsExactly(tuple("level-missing", Severity.ERROR, Concern.FORM, "没有满意度指标：每个项目至少应有一项满意度指标"));
	}

	@Test
	void eachMissingLevelIsAFindingAndALevel2LabelFixesItsLevel1() {
		Indicator output = indicator("产出指标", "数量指标", "培训场次", "=3.00(场)");
		assertThat(this.rule.check(Forms.withIndicators(form(MINHANG_2026, 1), List.of(output)), ReviewContext.none()))
			.extracting(ReviewFinding::explanation)
			.containsExactly("没有效益指标：每个项目至少应有一项效益指标", "没有满意度指标：每个项目至少应有一项满意度指标");
		Indicator benefitByLevel2 = indicator(null, "社会效益指标", "政策知晓度", "≥95.00(%)");
		assertThat(this.rule.check(Forms.withIndicators(form(MINHANG_2026, 1), List.of(output, benefitByLevel2)),
				ReviewContext.none()))
			.extracting(ReviewFinding::explanation)
			.containsExactly("没有满意度指标：每个项目至少应有一项满意度指标");
	}

	@Test
	void staysSilentWhereOutputBenefitAndSatisfactionAreAllThere() {
		assertThat(this.rule.check(form(MINHANG_2026, 1), ReviewContext.none())).isEmpty();
	}

}
