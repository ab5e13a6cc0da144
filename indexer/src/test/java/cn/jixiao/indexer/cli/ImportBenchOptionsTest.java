package cn.jixiao.indexer.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportBenchOptionsTest {

	@Test
	void defaultsToTenThousandFormsOnTheEmbeddedStore() throws Exception {
		ImportBenchOptions options = ImportBenchOptions.of(CliArguments.parse("bench-import"));
		assertThat(options.forms()).isEqualTo(10_000);
		assertThat(options.scratchDatabase()).isNull();
		assertThat(options.discardFilings()).isFalse();
		assertThat(options.springArgs()).isEmpty();
	}

	@Test
	void keepsItsOwnOptionsAndPassesTheRestToSpring() throws Exception {
		ImportBenchOptions options = ImportBenchOptions
			.of(CliArguments.parse("bench-import", "--forms=600", "--spring.profiles.active=prod",
					"--scratch-database=jixiao_bench", "--discard-filings", "--formsets=2"));
		assertThat(options.forms()).isEqualTo(600);
		assertThat(options.scratchDatabase()).isEqualTo("jixiao_bench");
		assertThat(options.discardFilings()).isTrue();
		assertThat(options.springArgs()).containsExactly("--spring.profiles.active=prod", "--formsets=2");
	}

	@Test
	void aBlankScratchDatabaseNamesNone() throws Exception {
		assertThat(ImportBenchOptions.of(CliArguments.parse("bench-import", "--scratch-database=")).scratchDatabase())
			.isNull();
	}

}
