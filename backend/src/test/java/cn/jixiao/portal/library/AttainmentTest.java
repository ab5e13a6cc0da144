package cn.jixiao.portal.library;

import org.junit.jupiter.api.Test;

import cn.jixiao.portal.library.Attainment.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a tracking form's actual value meets the planned one, as the seeds report them.
 */
class AttainmentTest {

	@Test
	void floorsAndCompletionRatesAreMetFromAbove() {
		assertThat(Attainment.outcome("=", "100.00", "100.00")).isEqualTo(Outcome.REACHED);
		assertThat(Attainment.outcome("=", "100.00", "89.98")).isEqualTo(Outcome.MISSED);
		assertThat(Attainment.outcome(">", "90.00", "89.97")).isEqualTo(Outcome.MISSED);
		assertThat(Attainment.outcome("≥", "98.00", "98.00")).isEqualTo(Outcome.REACHED);
		assertThat(Attainment.outcome("=", "10000.00", "12000")).isEqualTo(Outcome.REACHED);
	}

	@Test
	void ceilingsAndZeroCountsAreMetFromBelow() {
		assertThat(Attainment.outcome("<", "10.00", "10.00")).isEqualTo(Outcome.REACHED);
		assertThat(Attainment.outcome("≤", "10.00", "12")).isEqualTo(Outcome.MISSED);
		assertThat(Attainment.outcome("=", "0.00", "0.00")).isEqualTo(Outcome.REACHED);
		assertThat(Attainment.outcome("=", "0.00", "2")).isEqualTo(Outcome.MISSED);
	}

	@Test
	void wordsAreMetByTheSameWordsAndOtherwiseNotJudged() {
		assertThat(Attainment.outcome(null, "及时", "及时")).isEqualTo(Outcome.REACHED);
		assertThat(Attainment.outcome(null, "及时", "基本及时")).isEqualTo(Outcome.UNKNOWN);
		assertThat(Attainment.outcome("=", "100", "已完成")).isEqualTo(Outcome.UNKNOWN);
		assertThat(Attainment.outcome("=", null, "100")).isEqualTo(Outcome.UNKNOWN);
		assertThat(Attainment.outcome("=", "100%", "95 %")).isEqualTo(Outcome.MISSED);
	}

	@Test
	void addsUpOutcomes() {
		Attainment a = Attainment.none().add(Outcome.REACHED, 3).add(Outcome.MISSED, 1).add(Outcome.UNKNOWN, 2);
		assertThat(a).isEqualTo(new Attainment(6, 3, 1, 2));
	}

}
