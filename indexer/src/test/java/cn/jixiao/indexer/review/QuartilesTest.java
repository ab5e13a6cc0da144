package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Quartiles as Excel's QUARTILE.INC computes them, from counted numbers. */
class QuartilesTest {

	@Test
	void interpolatesBetweenRanksLikeQuartileInc() {
		Quartiles q = Quartiles.of(counts(1, 1, 2, 1, 3, 1, 4, 1));
		assertThat(q.count()).isEqualTo(4);
		assertThat(q.min()).isEqualByComparingTo("1");
		assertThat(q.q1()).isEqualByComparingTo("1.75");
		assertThat(q.median()).isEqualByComparingTo("2.5");
		assertThat(q.q3()).isEqualByComparingTo("3.25");
		assertThat(q.max()).isEqualByComparingTo("4");
	}

	@Test
	void countsRepeatedNumbersAsManyTimesAsTheyOccur() {
		Quartiles q = Quartiles.of(counts(90, 3, 95, 1));
		assertThat(q.count()).isEqualTo(4);
		assertThat(q.q1()).isEqualByComparingTo("90");
		assertThat(q.median()).isEqualByComparingTo("90");
		assertThat(q.q3()).isEqualByComparingTo("91.25");
		Quartiles odd = Quartiles.of(counts(85, 1, 90, 2, 100, 2));
		assertThat(odd.q1()).isEqualByComparingTo("90");
		assertThat(odd.median()).isEqualByComparingTo("90");
		assertThat(odd.q3()).isEqualByComparingTo("100");
	}

	@Test
	void aSingleNumberIsEveryQuartile() {
		Quartiles q = Quartiles.of(counts(100, 1));
		assertThat(q.q1()).isEqualTo(new BigDecimal("100"));
		assertThat(q.median()).isEqualTo(new BigDecimal("100"));
		assertThat(q.q3()).isEqualTo(new BigDecimal("100"));
	}

	@Test
	void keepsDecimalsAndDropsTrailingZeros() {
		Quartiles q = Quartiles.of(counts(new BigDecimal("98.0000"), 1, new BigDecimal("99.5000"), 1));
		assertThat(q.min().toPlainString()).isEqualTo("98");
		assertThat(q.median().toPlainString()).isEqualTo("98.75");
	}

	@Test
	void needsNumbers() {
		assertThatIllegalArgumentException().isThrownBy(() -> Quartiles.of(new TreeMap<>()));
	}

	private static TreeMap<BigDecimal, Long> counts(Object... numberThenCount) {
		TreeMap<BigDecimal, Long> counts = new TreeMap<>();
		for (int i = 0; i < numberThenCount.length; i += 2) {
			Object number = numberThenCount[i];
			BigDecimal value = (number instanceof BigDecimal decimal) ? decimal
					: BigDecimal.valueOf(((Number) number).longValue());
			counts.put(value, ((Number) numberThenCount[i + 1]).longValue());
		}
		return counts;
	}

}
