package cn.jixiao.indexer.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScratchDatabaseTest {

	private final ScratchDatabase scratch = new ScratchDatabase("jixiao_bench", false);

	@Test
	void emptiesTheNamedDatabaseWhenItHoldsNoFilings() {
		assertThat(this.scratch.refusal("jixiao_bench", 0)).isEmpty();
	}

	@Test
	void refusesADatabaseOtherThanTheNamedOne() {
		assertThat(this.scratch.refusal("jixiao", 0)).hasValueSatisfying(
				(reason) -> assertThat(reason).contains("the database jixiao, not the scratch database jixiao_bench"));
		assertThat(this.scratch.refusal("JIXIAO_BENCH", 0)).isPresent();
		assertThat(this.scratch.refusal(null, 0)).isPresent();
	}

	@Test
	void refusesADatabaseHoldingFilingsUnlessTheOperatorAgreed() {
		assertThat(this.scratch.refusal("jixiao_bench", 62)).hasValueSatisfying(
				(reason) -> assertThat(reason).contains("holds 62 filings").contains("--discard-filings"));
		assertThat(new ScratchDatabase("jixiao_bench", true).refusal("jixiao_bench", 62)).isEmpty();
	}

}
