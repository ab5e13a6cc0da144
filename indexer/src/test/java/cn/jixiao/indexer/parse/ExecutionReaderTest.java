package cn.jixiao.indexer.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionReaderTest {

	private final ExecutionReader reader = new ExecutionReader();

	@Test
	void convertsTenThousandsToYuanAndKeepsTheStatedRate() {
		ExecutionReader.Read read = this.reader.read(TestRows.of("预算执行情况 (万元)\t\t\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
				"\t\t年度资金总额\t\t\t6.89\t6.89\t0.50\t7.25", "\t\t其中：当年财政拨款\t\t\t6.89\t6.89\t0.50\t7.25",
				"\t\t上年结转资金\t\t\t0.00\t0.00\t0.00\t0.00", "\t\t其他资金\t\t\t0.00\t0.00\t0.00\t0.00"));
		assertThat(read.execution().initialBudget()).isEqualByComparingTo("68900");
		assertThat(read.execution().periodBudget()).isEqualByComparingTo("68900");
		assertThat(read.execution().periodExecuted()).isEqualByComparingTo("5000");
		assertThat(read.execution().ratePercent()).as("7.25 as written, though 0.50/6.89 is 7.26")
			.isEqualByComparingTo("7.25");
		assertThat(read.funds().total()).isEqualByComparingTo("68900");
		assertThat(read.funds().fiscal()).isEqualByComparingTo("68900");
		assertThat(read.funds().carryover()).isEqualByComparingTo("0");
		assertThat(read.funds().other()).isEqualByComparingTo("0");
	}

	@Test
	void toleratesAnExtraEmptyCellBetweenFigures() {
		ExecutionReader.Read read = this.reader.read(TestRows.of("\t\t年度资金总额\t\t40.05\t\t40.05\t36.04\t89.98"));
		assertThat(read.execution().periodExecuted()).isEqualByComparingTo("360400");
		assertThat(read.execution().ratePercent()).isEqualByComparingTo("89.98");
	}

	@Test
	void noAnnualTotalRowMeansNoExecution() {
		assertThat(this.reader.read(TestRows.of("项目名称\t\t宣传费")).execution()).isNull();
	}

}
