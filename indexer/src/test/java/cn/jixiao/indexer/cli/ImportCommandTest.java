package cn.jixiao.indexer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code import} and {@code reindex} commands end to end, on an H2 store and index in
 * a folder of the test's own.
 */
class ImportCommandTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	private static final String TARGETS_2026 = "000_84ecacd54c532934.txt";

	@TempDir
	Path dataDir;

	@Test
	void importPrintsEachFileAndTheSummaryAndReindexRebuildsTheIndex() {
		Run imported = run("import", SEEDS.toString(), dataDirOption());
		assertThat(imported.exit()).as(imported.err()).isZero();
		assertThat(imported.out()).contains(TARGETS_2026 + ": imported, 7 forms, 54 indicators")
			.contains("001_eaeb872d98338714.txt: imported, 9 forms, 78 indicators")
			.contains("  001_eaeb872d98338714.txt:3: ")
			.contains("  004_791103693362f411.txt:98: ", "  004_791103693362f411.txt:692: ")
			.containsPattern("(?m)^files 5 \\(imported 5, replaced 0, unchanged 0, rejected 0\\), "
					+ "forms 62, indicators 725, problems 3, time \\d+\\.\\d\\d s$");
		Run reindexed = run("reindex", dataDirOption());
		assertThat(reindexed.exit()).as(reindexed.err()).isZero();
		assertThat(reindexed.out()).containsPattern("^reindexed 787 documents in \\d+\\.\\d\\d s");
	}

	@Test
	void rejectedFileExitsWithFourAndSaysNothingWasStored(@TempDir Path folder) throws IOException {
		Files.copy(SEEDS.resolve(TARGETS_2026), folder.resolve(TARGETS_2026));
		Files.write(folder.resolve("scan.pdf"), new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3 });
		Run run = run("import", folder.toString(), dataDirOption());
		assertThat(run.exit()).isEqualTo(4);
		assertThat(run.out()).contains("scan.pdf: REJECTED (nothing stored), 0 forms, 0 indicators")
			.contains("  scan.pdf: ")
			.contains(TARGETS_2026 + ": imported, 7 forms")
			.contains("files 2 (imported 1, replaced 0, unchanged 0, rejected 1), forms 7, indicators 54");
	}

	/**
	 * A form whose project name is longer than the store's column: the import names the
	 * file, imports the others and prints the summary rather than stopping with a stack
	 * trace.
	 */
	@Test
	void fileTheStoreRefusesIsReportedByNameAndTheOthersAreImported(@TempDir Path folder) throws IOException {
		String seed = Files.readString(SEEDS.resolve(TARGETS_2026));
		String tooLongName = seed.replaceFirst("\t鉴定、认定费\t", "\t" + "鉴定、认定费".repeat(60) + "\t");
		assertThat(tooLongName).isNotEqualTo(seed);
		Files.writeString(folder.resolve(TARGETS_2026), tooLongName);
		Files.copy(SEEDS.resolve("002_a412ae7c9559c2f7.txt"), folder.resolve("002_a412ae7c9559c2f7.txt"));
		Run run = run("import", folder.toString(), dataDirOption());
		assertThat(run.exit()).isNotZero();
		assertThat(run.out() + run.err()).contains(TARGETS_2026);
		assertThat(run.out()).contains("002_a412ae7c9559c2f7.txt: imported, 3 forms").contains("files 2 (imported 1, ");
	}

	private String dataDirOption() {
		return "--jixiao.data-dir=" + this.dataDir;
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = IndexerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exit, String out, String err) {
	}

}
