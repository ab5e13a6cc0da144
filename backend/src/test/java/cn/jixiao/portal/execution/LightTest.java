package cn.jixiao.portal.execution;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LightTest {

	@ParameterizedTest
	@CsvSource({ "0, RED", "59.9, RED", "59.99, RED", "60, YELLOW", "60.0, YELLOW", "79.9, YELLOW", "80, GREEN",
			"120, GREEN", "120.1, GREEN", "250, GREEN" })
	void budgetIsRedBelowSixtyYellowBelowEightyGreenFromEighty(String percent, Light light) {
		assertThat(Light.forBudget(new BigDecimal(percent))).isEqualTo(light);
	}

	@ParameterizedTest
	@CsvSource({ "59.9, RED", "60, YELLOW", "79.9, YELLOW", "80, GREEN", "120, GREEN", "120.0, GREEN", "120.1, OVER",
			"150, OVER" })
	void indicatorOvershootsOnlyAboveOneHundredTwenty(String percent, Light light) {
		assertThat(Light.forIndicator(new BigDecimal(percent))).isEqualTo(light);
	}

	@Test
	void noFigureIsUnlit() {
		assertThat(Light.forBudget(null)).isEqualTo(Light.NONE);
		assertThat(Light.forIndicator(null)).isEqualTo(Light.NONE);
	}

	@Test
	void worstLightWinsAndUnlitHidesNothing() {
		assertThat(Light.GREEN.worse(Light.RED)).isEqualTo(Light.RED);
		assertThat(Light.RED.worse(Light.YELLOW)).isEqualTo(Light.RED);
		assertThat(Light.GREEN.worse(Light.OVER)).isEqualTo(Light.OVER);
		assertThat(Light.OVER.worse(Light.YELLOW)).isEqualTo(Light.YELLOW);
		assertThat(Light.NONE.worse(Light.GREEN)).isEqualTo(Light.GREEN);
		assertThat(Light.GREEN.worse(Light.NONE)).isEqualTo(Light.GREEN);
	}

	@Test
	void readsTheUrlCodeInAnyCase() {
		assertThat(Light.of("Red")).isEqualTo(Light.RED);
		assertThat(Light.OVER.code()).isEqualTo("over");
	}

}
