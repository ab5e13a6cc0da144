package cn.jixiao.indexer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark on a small synthetic corpus: it must run the whole pipeline
 * without a failure (the corpus repeats names within a unit and year, which real filings
 * rarely do and which once broke lineage).
 */
class ImportBenchCommandTest {

	@Test
	void importsASyntheticCorpusAndReportsSpeedSizeAndLatency() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = IndexerCli.run(new String[] { "bench-import", "--forms=600" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(printed).contains("600 forms")
			.contains("forms/s (parse, H2 store, lineage, Lucene index)")
			.contains("index size")
			.contains("p95");
	}

	/**
	 * A database store is only emptied when the operator names it; the bench refuses
	 * before it connects.
	 */
	@Test
	void refusesADatabaseStoreWithoutAScratchDatabase() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = IndexerCli.run(
				new String[] { "bench-import", "--forms=60", "--spring.profiles.active=mysql",
						"--MYSQL_URL=jdbc:mysql://127.0.0.1:1/portal" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("error: bench-import needs a new, empty store for each import, and the store "
					+ "jdbc:mysql://127.0.0.1:1/portal is not in its scratch folder");
	}

}
