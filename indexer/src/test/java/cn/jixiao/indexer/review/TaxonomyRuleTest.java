package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TaxonomyRuleTest {

	private final TaxonomyRule rule = new TaxonomyRule();

	@Test
	void labelsOutsideTheTaxonomyOrUnderAnotherLevel1AreErrors() {
		// The parser puts every seed label right; a draft may not.
		var form = Forms.withIndicators(form(MINHANG_2026, 2),
				List.of(indicator("产出指标", "社会效益指标", "政策宣传覆盖率", "=100(%)"),
						indicator("产出指标", "成本指标", "宣传品单价", "≤20.00(元/份)"), indicator("投入指标", null, "宣传经费", "≤6.80(万元)"),
						indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90.00(%)")));
		assertThat(this.rule.check(form, ReviewContext.none()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::indicator,
					ReviewFinding::explanation)
			.containsExactly(tuple("level-mismatch", Severity.ERROR, 0, "二级指标“社会效益指标”属于效益指标，不应在产出指标下"),
					tuple("level-mismatch", Severity.ERROR, 1, "“成本指标”不是规定的二级指标"),
					tuple("level-mismatch", Severity.ERROR, 2, "“投入指标”不是规定的一级指标（成本、产出、效益、满意度指标）"));
	}

	@Test
	void staysSilentOnEverySeedForm() {
		assertThat(SeedForms.all()).allSatisfy(
				(form) -> assertThat(this.rule.check(form, ReviewContext.none())).as(form.projectName()).isEmpty());
	}

}
