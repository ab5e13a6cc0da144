package cn.jixiao.indexer.parse;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Funds;

import static org.assertj.core.api.Assertions.assertThat;

class FundsReaderTest {

	private final FundsReader reader = new FundsReader();

	@Test
	void readsTheYearsSideOfTheFundsBlock() {
		Funds funds = this.reader.read(TestRows.of("项目资金 (元)\t项目资金总额:\t\t年度资金申请总额:\t510,000.00\t",
				"\t其中: 财政资金\t\t其中: 当年财政拨款\t510,000.00\t", "\t\t\t上年结转资金\t0.00\t", "\t其他资金\t\t其他资金\t0.00\t"));
		assertThat(funds)
			.isEqualTo(new Funds(amount("510000.00"), amount("510000.00"), amount("0.00"), amount("0.00"), null));
	}

	@Test
	void blankCellsAreNotStatedRatherThanZero() {
		Funds funds = this.reader.read(TestRows.of("项目资金\t项目资金总额\t14,979,100\t年度资金申请总额\t14,979,100",
				"\t其中：财政资金\t14,979,100\t其中：当年财政拨款\t14,979,100", "\t\t\t上年结转资金\t", "\t其他资金\t\t其他资金\t"));
		assertThat(funds.total()).isEqualByComparingTo("14979100");
		assertThat(funds.projectTotal()).isEqualByComparingTo("14979100");
		assertThat(funds.carryover()).isNull();
		assertThat(funds.other()).isNull();
	}

	@Test
	void onlyTheSecondOtherFundsOnALineIsTheYears() {
		Funds funds = this.reader.read(TestRows.of("\t其他资金\t5\t其他资金\t7"));
		assertThat(funds.other()).isEqualByComparingTo("7");
	}

	@Test
	void readsAMisalignedBlockByItsLabels() {
		Funds funds = this.reader.read(TestRows.of("项目资金(元)\t项目资金总额:\t\t年度资金申请总额:\t\t30,886,500.00",
				"\t其中:财政资金\t\t其中:当年财政拨款\t\t", "\t其他资金\t\t上年结转资金\t\t30886500.00", "\t\t\t其他资金\t\t0.00"));
		assertThat(funds)
			.isEqualTo(new Funds(amount("30886500.00"), null, amount("30886500.00"), amount("0.00"), null));
	}

	@Test
	void convertsAmountsStatedInTenThousands() {
		Funds funds = this.reader.read(TestRows.of("项目资金（万元）\t年度资金申请总额：\t6.89"));
		assertThat(funds.total()).isEqualByComparingTo("68900");
	}

	private static BigDecimal amount(String value) {
		return new BigDecimal(value);
	}

}
