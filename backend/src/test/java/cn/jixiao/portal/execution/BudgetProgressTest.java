package cn.jixiao.portal.execution;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetProgressTest {

	@Test
	void comparesExecutionWithTheShareOfTheYearPassed() {
		// 外省市差旅费 in the seeds: 13.87 of 30.00 万元 by August.
		BudgetProgress progress = BudgetProgress.of(yuan("300000"), yuan("138700"), 8);
		assertThat(progress.executionPercent()).isEqualByComparingTo("46.23");
		assertThat(progress.ratioPercent()).isEqualByComparingTo("69.4");
		assertThat(progress.light()).isEqualTo(Light.YELLOW);
	}

	@Test
	void lightsAtTheBoundariesOfTheFigureShown() {
		// 12 months: the ratio is the execution rate itself.
		assertThat(BudgetProgress.of(yuan("1000"), yuan("599.4"), 12).light()).isEqualTo(Light.RED);
		assertThat(BudgetProgress.of(yuan("1000"), yuan("599.5"), 12).light()).isEqualTo(Light.YELLOW);
		assertThat(BudgetProgress.of(yuan("1000"), yuan("600"), 12).light()).isEqualTo(Light.YELLOW);
		assertThat(BudgetProgress.of(yuan("1000"), yuan("799"), 12).light()).isEqualTo(Light.YELLOW);
		assertThat(BudgetProgress.of(yuan("1000"), yuan("800"), 12).light()).isEqualTo(Light.GREEN);
		// Half a year, 30 % spent = 60 % of the pro-rata share.
		assertThat(BudgetProgress.of(yuan("1000"), yuan("300"), 6).ratioPercent()).isEqualByComparingTo("60.0");
	}

	@Test
	void nothingSpentIsRedAndAheadOfScheduleStaysGreen() {
		assertThat(BudgetProgress.of(yuan("600000"), BigDecimal.ZERO, 8).light()).isEqualTo(Light.RED);
		assertThat(BudgetProgress.of(yuan("100"), yuan("100"), 8).ratioPercent()).isEqualByComparingTo("150.0");
		assertThat(BudgetProgress.of(yuan("100"), yuan("100"), 8).light()).isEqualTo(Light.GREEN);
	}

	@Test
	void withoutBudgetExecutedOrPeriodThereIsNoLight() {
		assertThat(BudgetProgress.of(null, yuan("1"), 8)).isEqualTo(BudgetProgress.UNKNOWN);
		assertThat(BudgetProgress.of(BigDecimal.ZERO, yuan("1"), 8)).isEqualTo(BudgetProgress.UNKNOWN);
		assertThat(BudgetProgress.of(yuan("100"), null, 8)).isEqualTo(BudgetProgress.UNKNOWN);
		BudgetProgress noPeriod = BudgetProgress.of(yuan("100"), yuan("50"), null);
		assertThat(noPeriod.light()).isEqualTo(Light.NONE);
		assertThat(noPeriod.executionPercent()).isEqualByComparingTo("50");
	}

	private static BigDecimal yuan(String amount) {
		return new BigDecimal(amount);
	}

}
