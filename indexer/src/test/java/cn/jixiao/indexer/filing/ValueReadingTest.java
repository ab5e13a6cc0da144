package cn.jixiao.indexer.filing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueReadingTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL",
			value = { "100.00|100.00|NULL", "98%|98|%", "90.00(%)|90.00|%", "3,000件|3000|件", "1500人次|1500|人次",
					"≥95%|95|%", ">=95%|95|%", "$\\geq 95\\%$|95|%", "９０％|90|%", " 12 000 |12000|NULL",
					"3000件以上|3000|件", "（%）0.5|NULL|NULL", "-2.5|-2.5|NULL", "4次/月|4|次/月" })
	void readsNumbersWithOrWithoutUnits(String text, String number, String unit) {
		ValueReading reading = ValueReading.read(text);
		if (number == null) {
			assertThat(reading).isNull();
			return;
		}
		assertThat(reading.number()).isEqualByComparingTo(number);
		assertThat(reading.unit()).isEqualTo(unit);
	}

	@ParameterizedTest
	@ValueSource(strings = { "有效", "建立健全", "约3000", "2024年重阳节前完成慰问发放工作", "已完成全年计划的70%", "", "  " })
	void wordsAreNotNumbers(String text) {
		assertThat(ValueReading.read(text)).isNull();
	}

	@org.junit.jupiter.api.Test
	void aBareNumberIsInTheTargetsUnitAndAnotherUnitIsNot() {
		assertThat(ValueReading.read("100").inUnitOf("%")).isTrue();
		assertThat(ValueReading.read("100%").inUnitOf("%")).isTrue();
		assertThat(ValueReading.read("100（%）").inUnitOf("(%)")).isTrue();
		assertThat(ValueReading.read("100人").inUnitOf("%")).isFalse();
		assertThat(ValueReading.read("100人").inUnitOf(null)).isFalse();
	}

}
