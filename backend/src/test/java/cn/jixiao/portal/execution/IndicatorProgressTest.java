package cn.jixiao.portal.execution;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueKind;
import cn.jixiao.portal.execution.IndicatorProgress.Basis;
import cn.jixiao.portal.execution.IndicatorProgress.Unlit;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorProgressTest {

	@ParameterizedTest
	@CsvSource({ "0, 0.0, RED", "1000, 62.5, YELLOW", "959, 59.9, RED", "960, 60.0, YELLOW", "1279, 79.9, YELLOW",
			"1280, 80.0, GREEN", "1920, 120.0, GREEN", "1922, 120.1, OVER", "2000, 125.0, OVER" })
	void accumulatedQuantitiesArePlannedProRata(String actual, String percent, Light light) {
		// 2,400 cases a year: 1,600 are due by the end of August.
		IndicatorProgress progress = IndicatorProgress.of(target("≥", "2400", "件"), actual, 8);
		assertThat(progress.basis()).isEqualTo(Basis.PRORATED);
		assertThat(progress.expected()).isEqualByComparingTo("1600");
		assertThat(progress.percent()).isEqualByComparingTo(percent);
		assertThat(progress.light()).isEqualTo(light);
	}

	@Test
	void seedsElderlyVisitedNoneOfTwoThousandByAugustIsRed() {
		IndicatorProgress progress = IndicatorProgress.of(target("=", "2000.00", "人"), "0.00", 8);
		assertThat(progress.expected()).isEqualByComparingTo("1333.3333");
		assertThat(progress.light()).isEqualTo(Light.RED);
	}

	@Test
	void ratesAreLevelsComparedWithTheAnnualTarget() {
		IndicatorProgress onTarget = IndicatorProgress.of(target("≥", "98.00", "%"), "98.00", 8);
		assertThat(onTarget.basis()).isEqualTo(Basis.LEVEL);
		assertThat(onTarget.percent()).isEqualByComparingTo("100.0");
		assertThat(onTarget.light()).isEqualTo(Light.GREEN);
		assertThat(IndicatorProgress.of(target("=", "100", "%"), "66.00", 8).light()).isEqualTo(Light.YELLOW);
		assertThat(IndicatorProgress.of(target("≥", "90", "分"), "95", 3).light()).isEqualTo(Light.GREEN);
		assertThat(IndicatorProgress.of(target("≤", "260", "元/人/案"), "250", 8).basis()).isEqualTo(Basis.CEILING);
	}

	@Test
	void ceilingsAreMetByStayingUnderAndNeverOvershoot() {
		assertThat(IndicatorProgress.of(target("<", "10.00", "%"), "10.00", 8).light()).isEqualTo(Light.GREEN);
		assertThat(IndicatorProgress.of(target("<", "10.00", "%"), "2", 8).light()).isEqualTo(Light.GREEN);
		IndicatorProgress over = IndicatorProgress.of(target("≤", "10", "%"), "15", 8);
		assertThat(over.percent()).isEqualByComparingTo("66.7");
		assertThat(over.light()).isEqualTo(Light.YELLOW);
		assertThat(IndicatorProgress.of(target("=", "0.00", "起"), "0.00", 8).light()).isEqualTo(Light.GREEN);
		assertThat(IndicatorProgress.of(target("=", "0.00", "起"), "2", 8).light()).isEqualTo(Light.RED);
	}

	@Test
	void valuesThatAreNotNumbersStayUnlit() {
		assertThat(
				IndicatorProgress.of(new TargetValue(ValueKind.QUALITATIVE, null, null, null, "及时"), "及时", 8).unlit())
			.isEqualTo(Unlit.NOT_QUANTITATIVE);
		assertThat(IndicatorProgress.of(target("≥", "90", "%"), "  ", 8).unlit()).isEqualTo(Unlit.ACTUAL_MISSING);
		assertThat(IndicatorProgress.of(target("≥", "90", "%"), "满意", 8).unlit()).isEqualTo(Unlit.ACTUAL_NOT_NUMERIC);
		assertThat(IndicatorProgress.of(target("≥", "90", "%"), "95人", 8).unlit()).isEqualTo(Unlit.UNIT_MISMATCH);
		assertThat(IndicatorProgress.of(target("≥", "100", "件"), "95", null).unlit()).isEqualTo(Unlit.NO_PERIOD);
		assertThat(IndicatorProgress.of(target("≥", "100", "件"), "满意", 8).light()).isEqualTo(Light.NONE);
	}

	@Test
	void numbersWithTheTargetsUnitAreRead() {
		assertThat(IndicatorProgress.of(target("≥", "1500", "人次"), "1,200人次", 12).percent())
			.isEqualByComparingTo("80.0");
		assertThat(IndicatorProgress.of(target("≥", "95", "%"), "≥95%", 8).light()).isEqualTo(Light.GREEN);
	}

	static TargetValue target(String operator, String number, String unit) {
		return new TargetValue(ValueKind.QUANTITATIVE, operator, new BigDecimal(number), unit,
				operator + number + "(" + unit + ")");
	}

}
