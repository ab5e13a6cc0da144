package cn.jixiao.indexer.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.FilingParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import of a synthetic batch in a separate JVM ({@code IndexerCli import}), killed
 * with SIGKILL part-way three times: after each kill every file is in the store whole
 * (all its forms and indicators as the parser reads them) or not at all; after a restart
 * the index holds exactly the store's filings and indicators (by id); the last run
 * completes the batch to the counts of a clean import. Prints what it did.
 */
class KillDuringImportIT {

	private static final int FORMS = 2000;

	/**
	 * Kill points: after this many files a run reports as newly imported (its store
	 * transactions committed), {@code -1} once it has reported every file of the batch
	 * (it is then relinking and indexing).
	 */
	private static final int[] KILL_AFTER_FILES = { 20, 50, -1 };

	@TempDir
	Path work;

	@Test
	void everyFileIsWholeOrAbsentAfterEachKillAndTheRestartCompletesTheBatch() throws Exception {
		Path batch = Files.createDirectories(this.work.resolve("batch"));
		Map<String, Counts> expected = writeCorpus(batch);
		long expectedForms = expected.values().stream().mapToLong(Counts::forms).sum();
		long expectedIndicators = expected.values().stream().mapToLong(Counts::indicators).sum();
		log("kill test: %d files, %d forms, %d indicators in %s", expected.size(), expectedForms, expectedIndicators,
				batch);

		Path cleanData = this.work.resolve("clean");
		long cleanStart = System.nanoTime();
		Child clean = Child.start(this.work, "clean-import", "import", batch.toString(), dataDir(cleanData));
		assertThat(clean.waitFor(120)).as(clean.output()).isZero();
		long cleanMillis = (System.nanoTime() - cleanStart) / 1_000_000;
		Store cleanStore = Store.read(cleanData);
		log("clean import: %d ms, store %d files, %d filings, %d indicators", cleanMillis, cleanStore.files().size(),
				cleanStore.filingIds().size(), cleanStore.indicatorIds().size());
		assertThat(cleanStore.filingIds()).hasSize((int) expectedForms);
		assertThat(cleanStore.indicatorIds()).hasSize((int) expectedIndicators);

		Path data = this.work.resolve("data");
		int partWay = 0;
		for (int round = 1; round <= KILL_AFTER_FILES.length; round++) {
			int files = KILL_AFTER_FILES[round - 1];
			Child importing = Child.start(this.work, "import-" + round, "import", batch.toString(), dataDir(data));
			long start = System.nanoTime();
			boolean running = (files > 0) ? importing.killAfterReports(": imported,", files)
					: importing.killAfterReports(".txt: ", expected.size());
			Store afterKill = Store.read(data);
			List<String> broken = afterKill.brokenFiles(expected);
			log("kill %d: SIGKILL %d ms after start, when the run had reported %s (%s); store holds %d of %d files,"
					+ " %d filings; index %d filings; files not whole: %d", round,
					(System.nanoTime() - start) / 1_000_000, (files > 0) ? files + " files imported" : "every file",
					running ? "import running" : "import had ended", afterKill.files().size(), expected.size(),
					afterKill.filingIds().size(), Index.read(data).filingIds().size(), broken.size());
			assertThat(broken).as("files stored in part after kill " + round).isEmpty();
			assertThat(afterKill.files().keySet()).as("files reported as stored before kill " + round)
				.containsAll(importing.reportedFiles());
			if (running) {
				partWay++;
			}

			Path nothing = Files.createDirectories(this.work.resolve("nothing"));
			Child restart = Child.start(this.work, "restart-" + round, "import", nothing.toString(), dataDir(data));
			assertThat(restart.waitFor(120)).as(restart.output()).isZero();
			Store restarted = Store.read(data);
			Index index = Index.read(data);
			log("restart %d: %s; store %d filings / %d indicators, index %d / %d", round,
					restart.output().contains("search index rebuilt from the store") ? "index rebuilt from the store"
							: "index already in step",
					restarted.filingIds().size(), restarted.indicatorIds().size(), index.filingIds().size(),
					index.indicatorIds().size());
			assertThat(index.filingIds()).as("indexed filings after restart " + round).isEqualTo(restarted.filingIds());
			assertThat(index.indicatorIds()).as("indexed indicators after restart " + round)
				.isEqualTo(restarted.indicatorIds());
			assertThat(restarted.brokenFiles(expected)).isEmpty();
		}
		assertThat(partWay).as("kills that stopped a running import").isEqualTo(KILL_AFTER_FILES.length);

		Child rest = Child.start(this.work, "import-rest", "import", batch.toString(), dataDir(data));
		assertThat(rest.waitFor(120)).as(rest.output()).isZero();
		Store done = Store.read(data);
		Index index = Index.read(data);
		assertThat(done.files()).isEqualTo(cleanStore.files());
		assertThat(done.filingIds()).hasSameSizeAs(cleanStore.filingIds());
		assertThat(done.indicatorIds()).hasSameSizeAs(cleanStore.indicatorIds());
		assertThat(done.brokenFiles(expected)).isEmpty();
		assertThat(index.filingIds()).isEqualTo(done.filingIds());
		assertThat(index.indicatorIds()).isEqualTo(done.indicatorIds());
		log("re-run: %s", rest.output().lines().filter((line) -> line.startsWith("files ")).findFirst().orElse("?"));
		log("kill test passed: %d kills (%d part-way), every file whole or absent after each, store and index agree "
				+ "after each restart, final %d files / %d filings / %d indicators as a clean import",
				KILL_AFTER_FILES.length, partWay, done.files().size(), done.filingIds().size(),
				done.indicatorIds().size());
	}

	private static Map<String, Counts> writeCorpus(Path batch) throws IOException {
		FilingParser parser = new FilingParser();
		List<Filing> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
			for (Path file : files.sorted().toList()) {
				seeds.addAll(parser.parse(file).forms());
			}
		}
		Map<String, Counts> expected = new HashMap<>();
		for (SyntheticCorpus.CorpusFile file : new SyntheticCorpus(seeds).generate(FORMS)) {
			Files.write(batch.resolve(file.name()), file.content());
			ParseResult parsed = parser.parse(file.name(), file.content());
			expected.put(file.name(), new Counts(parsed.forms().size(),
					parsed.forms().stream().mapToInt((form) -> form.indicators().size()).sum()));
		}
		return expected;
	}

	private static String dataDir(Path data) {
		return "--jixiao.data-dir=" + data;
	}

	private static void log(String format, Object... args) {
		System.out.printf("[kill-test] " + format + "%n", args);
	}

	private record Counts(long forms, long indicators) {
	}

	/** The indexer's command line in a JVM of its own, on the test's class path. */
	private record Child(Process process, Path log) {

		static Child start(Path work, String name, String... args) throws IOException {
			Path output = work.resolve(name + ".log");
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
							System.getProperty("java.class.path"), IndexerCli.class.getName()));
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			return new Child(process, output);
		}

		int waitFor(int seconds) throws InterruptedException {
			if (!this.process.waitFor(seconds, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
				throw new AssertionError("child did not end in " + seconds + " s: " + output());
			}
			return this.process.exitValue();
		}

		/**
		 * SIGKILL once the child has printed this many lines containing the text; whether
		 * it was still running then.
		 */
		boolean killAfterReports(String text, int lines) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (this.process.isAlive() && System.nanoTime() < deadline
					&& output().lines().filter((line) -> line.contains(text)).count() < lines) {
				Thread.sleep(20);
			}
			boolean running = this.process.isAlive();
			this.process.destroyForcibly().waitFor();
			return running;
		}

		/** The files the child reported as stored (imported, replaced or unchanged). */
		List<String> reportedFiles() {
			return output().lines()
				.filter((line) -> line.matches("\\S+\\.txt: (imported|replaced|unchanged),.*"))
				.map((line) -> line.substring(0, line.indexOf(".txt: ") + 4))
				.toList();
		}

		String output() {
			try {
				return Files.readString(this.log, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return "(no output: " + ex.getMessage() + ")";
			}
		}

	}

	/** The store as a JDBC reader sees it after the child has gone. */
	private record Store(Map<String, Counts> files, Map<String, Counts> rows, Set<Long> filingIds,
			Set<Long> indicatorIds) {

		static Store read(Path data) throws SQLException {
			Map<String, Counts> files = new HashMap<>();
			Map<String, Counts> rows = new HashMap<>();
			Set<Long> filingIds = new TreeSet<>();
			Set<Long> indicatorIds = new TreeSet<>();
			String url = "jdbc:h2:file:" + data.resolve("store") + ";IFEXISTS=TRUE";
			if (!Files.exists(data.resolve("store.mv.db"))) {
				return new Store(files, rows, filingIds, indicatorIds);
			}
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					Statement statement = connection.createStatement()) {
				try (ResultSet result = statement.executeQuery("SELECT s.name, s.form_count, s.indicator_count,"
						+ " (SELECT COUNT(*) FROM filing f WHERE f.source_file_id = s.id),"
						+ " (SELECT COUNT(*) FROM indicator i JOIN filing f ON i.filing_id = f.id"
						+ " WHERE f.source_file_id = s.id) FROM source_file s")) {
					while (result.next()) {
						files.put(result.getString(1), new Counts(result.getLong(2), result.getLong(3)));
						rows.put(result.getString(1), new Counts(result.getLong(4), result.getLong(5)));
					}
				}
				try (ResultSet result = statement.executeQuery("SELECT id FROM filing")) {
					while (result.next()) {
						filingIds.add(result.getLong(1));
					}
				}
				try (ResultSet result = statement.executeQuery("SELECT id FROM indicator")) {
					while (result.next()) {
						indicatorIds.add(result.getLong(1));
					}
				}
			}
			return new Store(files, rows, filingIds, indicatorIds);
		}

		/**
		 * Files whose stored forms or indicators differ from what the parser reads in
		 * them, or whose rows differ from the counts recorded with the file.
		 */
		List<String> brokenFiles(Map<String, Counts> expected) {
			List<String> broken = new ArrayList<>();
			this.files.forEach((name, recorded) -> {
				if (!recorded.equals(expected.get(name)) || !recorded.equals(this.rows.get(name))) {
					broken.add(name + ": expected " + expected.get(name) + ", recorded " + recorded + ", rows "
							+ this.rows.get(name));
				}
			});
			return broken;
		}

	}

	/** The Lucene index's last commit, read directly. */
	private record Index(Set<Long> filingIds, Set<Long> indicatorIds) {

		static Index read(Path data) throws IOException {
			Set<Long> filingIds = new TreeSet<>();
			Set<Long> indicatorIds = new TreeSet<>();
			File dir = data.resolve("index").toFile();
			try (FSDirectory directory = FSDirectory.open(dir.toPath())) {
				if (!DirectoryReader.indexExists(directory)) {
					return new Index(filingIds, indicatorIds);
				}
				try (DirectoryReader reader = DirectoryReader.open(directory)) {
					for (LeafReaderContext leaf : reader.leaves()) {
						Bits live = leaf.reader().getLiveDocs();
						StoredFields fields = leaf.reader().storedFields();
						for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
							if (live != null && !live.get(doc)) {
								continue;
							}
							var document = fields.document(doc);
							if ("FILING".equals(document.get("type"))) {
								filingIds.add(document.getField("filingId").numericValue().longValue());
							}
							else {
								indicatorIds.add(document.getField("indicatorId").numericValue().longValue());
							}
						}
					}
				}
			}
			return new Index(filingIds, indicatorIds);
		}

	}

}
