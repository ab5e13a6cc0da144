package cn.jixiao.indexer.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorsTest {

	@Test
	void foldsAsciiTwoCharacterOperators() {
		assertThat(Operators.fold(">=95%")).isEqualTo("≥95%");
		assertThat(Operators.fold("<=5.20(元/吨)")).isEqualTo("≤5.20(元/吨)");
		assertThat(Operators.fold("!=0")).isEqualTo("≠0");
	}

	@Test
	void foldsFullWidthOperators() {
		assertThat(Operators.fold("＞＝90%")).isEqualTo("≥90%");
		assertThat(Operators.fold("＜＝3天")).isEqualTo("≤3天");
		assertThat(Operators.fold("＝100%")).isEqualTo("=100%");
		assertThat(Operators.fold("＞3000")).isEqualTo(">3000");
		assertThat(Operators.fold("＜10%")).isEqualTo("<10%");
	}

	@Test
	void foldsVariantComparisonSigns() {
		assertThat(Operators.fold("≧95%")).isEqualTo("≥95%");
		assertThat(Operators.fold("≦5")).isEqualTo("≤5");
		assertThat(Operators.fold("⩾95%")).isEqualTo("≥95%");
		assertThat(Operators.fold("⩽5")).isEqualTo("≤5");
		assertThat(Operators.fold("﹦100(%)")).isEqualTo("=100(%)");
	}

	@Test
	void leavesCanonicalOperatorsAndPlainTextUnchanged() {
		assertThat(Operators.fold("≥1500人次")).isEqualTo("≥1500人次");
		assertThat(Operators.fold("=9块")).isEqualTo("=9块");
		assertThat(Operators.fold(">3000000万/人次")).isEqualTo(">3000000万/人次");
		assertThat(Operators.fold("及时")).isEqualTo("及时");
	}

	@Test
	void recognisesSingleOperatorCell() {
		assertThat(Operators.isOperator("=")).isTrue();
		assertThat(Operators.isOperator("≥")).isTrue();
		assertThat(Operators.isOperator("≤")).isTrue();
		assertThat(Operators.isOperator(">")).isTrue();
		assertThat(Operators.isOperator("<")).isTrue();
		assertThat(Operators.isOperator("≠")).isTrue();
	}

	@Test
	void recognisesOperatorVariantsAsOperatorCell() {
		assertThat(Operators.isOperator(">=")).isTrue();
		assertThat(Operators.isOperator("<=")).isTrue();
		assertThat(Operators.isOperator("≧")).isTrue();
		assertThat(Operators.isOperator("≦")).isTrue();
		assertThat(Operators.isOperator("﹦")).isTrue();
		assertThat(Operators.isOperator("＝")).isTrue();
		assertThat(Operators.isOperator("＞＝")).isTrue();
	}

	@Test
	void recognisesOperatorCellSurroundedBySpaces() {
		assertThat(Operators.isOperator(" ≥ ")).isTrue();
		assertThat(Operators.isOperator("> =")).isTrue();
	}

	@Test
	void rejectsCellsThatAreMoreThanAnOperator() {
		assertThat(Operators.isOperator("=100")).isFalse();
		assertThat(Operators.isOperator("≥95%")).isFalse();
		assertThat(Operators.isOperator("==")).isFalse();
		assertThat(Operators.isOperator("%")).isFalse();
		assertThat(Operators.isOperator("满意")).isFalse();
		assertThat(Operators.isOperator("")).isFalse();
	}

}
