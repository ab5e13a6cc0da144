package cn.jixiao.indexer.review;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Funds;

import static cn.jixiao.indexer.review.SeedForms.MINHANG_TRACKING_2024;
import static cn.jixiao.indexer.review.SeedForms.SONGJIANG_2025;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FundsSumRuleTest {

	private final FundsSumRule rule = new FundsSumRule();

	@Test
	void aTotalThatIsNotTheSumOfItsSourcesIsAnError() {
		// 东西部协作和对口支援 (2025) states 2,990,000 = 2,510,000 + 0 + 480,000; here 其他资金 reads
		// 400,000.
		var form = Forms.withFunds(form(SONGJIANG_2025, 4),
				new Funds(amount("2990000"), amount("2510000"), BigDecimal.ZERO, amount("400000"), null));
		assertThat(this.rule.check(form, ReviewContext.none()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::concern,
					ReviewFinding::explanation)
			.containsExactly(tuple("funds-sum", Severity.ERROR, Concern.FUNDS,
					"年度资金总额 2,990,000元 不等于当年财政拨款、上年结转资金与其他资金之和 2,910,000元"));
	}

	@Test
	void staysSilentWhereTheSourcesAddUpOrOneIsNotStated() {
		assertThat(SeedForms.all()).allSatisfy(
				(form) -> assertThat(this.rule.check(form, ReviewContext.none())).as(form.projectName()).isEmpty());
		// 就业补助(中央) (2025) leaves 当年财政拨款 blank: not stated, not zero.
		var blank = Forms.withFunds(form(SONGJIANG_2025, 15),
				new Funds(amount("30886500"), null, amount("886500"), BigDecimal.ZERO, null));
		assertThat(this.rule.check(blank, ReviewContext.none())).isEmpty();
	}

	@Test
	void trackingFormsMayBeOffByTheRoundingOfTheirTenThousands() {
		// 万元 with two decimals: 33.33 × 3 = 99.99 against a total of 100.00.
		var rounded = Forms.withFunds(form(MINHANG_TRACKING_2024, 2),
				new Funds(amount("1000000"), amount("333300"), amount("333300"), amount("333300"), null));
		assertThat(this.rule.check(rounded, ReviewContext.none())).isEmpty();
		var wrong = Forms.withFunds(form(MINHANG_TRACKING_2024, 2),
				new Funds(amount("1000000"), amount("333300"), amount("333300"), amount("300000"), null));
		assertThat(this.rule.check(wrong, ReviewContext.none())).hasSize(1);
	}

	private static BigDecimal amount(String yuan) {
		return new BigDecimal(yuan);
	}

}
