package cn.jixiao.portal.execution;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueKind;
import cn.jixiao.indexer.review.StatedRateCheck;
import cn.jixiao.portal.execution.Finding.Code;

import static cn.jixiao.portal.execution.IndicatorProgressTest.target;
import static org.assertj.core.api.Assertions.assertThat;

class AssessorTest {

	@Test
	void theSeedsSystemMaintenanceIsRedOnItsBudgetAndSaysNothingToCorrect() {
		// 工伤认定和劳动能力鉴定业务系统（2024年运维）: 0.50 of 6.89 万元 by August, 执行率 7.25.
		TrackingRow row = row("68900", "68900", "5000", "7.25", "无偏差");
		Assessment assessment = Assessor.assess(row,
				List.of(indicator(0, target("=", "100.00", "%"), "100.00", "100.00", "无偏差")));
		assertThat(assessment.budget().ratioPercent()).isEqualByComparingTo("10.9");
		assertThat(assessment.flag()).isEqualTo(Light.RED);
		assertThat(codes(assessment)).containsExactly(Code.RED_WITHOUT_MEASURES);
	}

	@Test
	void aStatedRateWithinRoundingOfTheAmountsIsNoFinding() {
		// 0.50 ÷ 6.89 = 7.257 %: 7.25 is within the rounding of two-decimal 万元 amounts.
		assertThat(StatedRateCheck.tolerance(new BigDecimal("68900"), new BigDecimal("5000")))
			.isGreaterThan(new BigDecimal("0.0069"));
		assertThat(codes(Assessor.assess(row("68900", "68900", "5000", "7.25", "加快支付"), List.of(green())))).isEmpty();
	}

	@Test
	void aStatedRateBeyondRoundingIsAFinding() {
		Assessment assessment = Assessor.assess(row("300000", "300000", "138700", "56.23", "x"), List.of(green()));
		assertThat(codes(assessment)).containsExactly(Code.RATE_MISMATCH);
		assertThat(assessment.findings().get(0).arguments()).startsWith("56.23", "46.23");
	}

	@Test
	void theRateToleranceNarrowsWithTheBudget() {
		// 50 of 100 万元 stated as 50.30 %: rounding explains at most 0.0125 points.
		assertThat(codes(Assessor.assess(row("1000000", "1000000", "500000", "50.30", "x"), List.of(green()))))
			.containsExactly(Code.RATE_MISMATCH);
		// 0.5 of 1 万元 stated as 50.60 %: rounding explains up to 0.755 points.
		assertThat(codes(Assessor.assess(row("10000", "10000", "5000", "50.60", "x"), List.of(green())))).isEmpty();
	}

	@Test
	void executedOverBudgetAndMissingFiguresAreFindings() {
		assertThat(codes(Assessor.assess(row("100000", "100000", "120000", "120", "x"), List.of(green()))))
			.containsExactly(Code.EXECUTED_OVER_BUDGET);
		assertThat(codes(Assessor.assess(row(null, null, null, null, "x"), List.of(green()))))
			.containsExactly(Code.BUDGET_MISSING, Code.EXECUTED_MISSING);
		Assessment initialOnly = Assessor.assess(row("100000", null, "80000", "80", "x"), List.of(green()));
		assertThat(codes(initialOnly)).containsExactly(Code.PERIOD_BUDGET_MISSING);
		assertThat(initialOnly.budget().ratioPercent()).isEqualByComparingTo("120.0");
	}

	@Test
	void aMissingPeriodLeavesBudgetAndAccumulatedIndicatorsUnlit() {
		TrackingRow row = new TrackingRow(1, "项目", "单位", "部门", 2024, null, null, new BigDecimal("100"),
				new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("50"), "x", "f.txt", 10);
		Assessment assessment = Assessor.assess(row, List.of(indicator(0, target("≥", "10", "件"), "5", "5", "")));
		assertThat(assessment.flag()).isEqualTo(Light.NONE);
		assertThat(codes(assessment)).containsExactly(Code.PERIOD_MISSING);
	}

	@Test
	void indicatorFindingsNameTheIndicatorAndItsLine() {
		Assessment assessment = Assessor
			.assess(row("100", "100", "80", "80", "x"), List.of(indicator(0, target("≥", "90", "%"), "90", "", ""),
					indicator(1, target("≥", "90", "%"), "90", "满意", ""),
					indicator(2, target(">", "90", "%"), "90.00", "89.97", "无偏差"),
					indicator(3, new TargetValue(ValueKind.QUALITATIVE, null, null, null, "及时"), "及时", null, null)));
		assertThat(codes(assessment)).containsExactly(Code.ACTUAL_MISSING, Code.ACTUAL_NOT_NUMERIC,
				Code.BELOW_PLAN_NO_DEVIATION, Code.ACTUAL_MISSING);
		assertThat(assessment.findings().get(2).indicator()).isEqualTo("指标2");
		assertThat(assessment.findings().get(2).line()).isEqualTo(102);
	}

	@Test
	void theFlagIsTheWorstOfBudgetAndIndicators() {
		Assessment assessment = Assessor.assess(row("100", "100", "100", "100", "x"),
				List.of(green(), indicator(1, target("=", "12000", "份"), "10000", "10000", "无偏差")));
		assertThat(assessment.budget().light()).isEqualTo(Light.GREEN);
		assertThat(assessment.indicatorLight()).isEqualTo(Light.OVER);
		assertThat(assessment.flag()).isEqualTo(Light.OVER);
	}

	private static List<Code> codes(Assessment assessment) {
		return assessment.findings().stream().map(Finding::code).toList();
	}

	private static TrackingRow row(String initial, String period, String executed, String rate, String measures) {
		return new TrackingRow(1, "项目", "单位", "部门", 2024, "2024-01", "2024-08", decimal(initial), decimal(period),
				decimal(executed), decimal(rate), measures, "f.txt", 10);
	}

	private static IndicatorRow green() {
		return indicator(0, target("≥", "90", "%"), "90", "90", "无偏差");
	}

	private static IndicatorRow indicator(int position, TargetValue target, String planned, String actual,
			String deviation) {
		return new IndicatorRow(1, position, "产出指标", "数量指标", "指标" + position, target, planned, actual, deviation,
				100 + position);
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

}
