package cn.jixiao.indexer.review;

import org.junit.jupiter.api.Test;

import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.MINHANG_TRACKING_2024;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CopiedTargetsRuleTest {

	private final CopiedTargetsRule rule = new CopiedTargetsRule();

	@Test
	void unchangedTargetsWhileTheBudgetMovedAreAWarning() {
		// 邮寄费 (2024, 12万元) became 保障工作经费 (2026, 22.6万元) with the same four targets it
		// shares.
		StubContext history = new StubContext().otherYears(form(MINHANG_TRACKING_2024, 5));
		assertThat(this.rule.check(form(MINHANG_2026, 7), history))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::concern,
					ReviewFinding::explanation)
			.containsExactly(tuple("copied-targets", Severity.WARNING, Concern.FORM,
					"与2024年跟踪表“邮寄费”相比，预算由 120,000元 变为 226,000元（+88.3%），两表共有的 4 项指标的指标值却都没有变：指标值应与预算相匹配"));
	}

	@Test
	void staysSilentWhenATargetMovedOrTheBudgetDidNot() {
		// 鉴定、认定费: 40.05 → 51万元 (+27%), but 鉴定结果准确性 went from >99% to ≥99%.
		assertThat(this.rule.check(form(MINHANG_2026, 1), new StubContext().otherYears(form(MINHANG_TRACKING_2024, 2))))
			.isEmpty();
		// 征地养老慰问经费: 60 → 66万元 (+10%).
		assertThat(this.rule.check(form(MINHANG_2026, 4), new StubContext().otherYears(form(MINHANG_TRACKING_2024, 8))))
			.isEmpty();
		assertThat(this.rule.check(form(MINHANG_2026, 7), ReviewContext.none())).isEmpty();
	}

}
