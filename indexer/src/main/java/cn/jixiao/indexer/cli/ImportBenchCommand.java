package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchFacet;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.index.SearchQuery;
import cn.jixiao.indexer.index.SearchSort;
import cn.jixiao.indexer.parse.FilingParser;

/**
 * {@code bench-import}: imports a synthetic corpus into a scratch store and index (H2 +
 * Lucene by default) and prints import throughput, index size and search latency over a
 * fixed mix of 50 queries. The corpus is imported three times, each time into a new
 * store: the first import shows what a one-off command in a fresh JVM sees; the last,
 * measured one the throughput of a running portal or a long import, once the JIT has
 * compiled the code.
 */
final class ImportBenchCommand {

	private static final List<String> WORDS = List.of("满意度", "满意", "及时性", "完成率", "鉴定 完成率", "培训", "补贴 发放", "准确率", "覆盖率",
			"知晓率", "运维", "系统 运行", "投诉", "长效管理", "成本", "人均 成本", "宣传", "就业", "征地 养老", "慰问", "档案", "仲裁", "信息化", "工作经费",
			"合规");

	private static final int ROUNDS = 10;

	/**
	 * Imports before the measured one, each into a new store, until the JIT has compiled
	 * the import's code (the first runs while the compiler takes most of a core).
	 */
	private static final int WARM_UPS = 2;

	private static final long SETTLE_MILLIS = 3000;

	/**
	 * Searches run this long first: JIT warm-up, and the merges an import leaves behind
	 * settle.
	 */
	private static final long WARMUP_NANOS = 5_000_000_000L;

	private final PrintStream out;

	ImportBenchCommand(PrintStream out) {
		this.out = out;
	}

	int run(int forms) {
		List<Filing> seeds;
		try {
			seeds = seedForms();
		}
		catch (IOException ex) {
			this.out.println("cannot read the seeds: " + ex.getMessage());
			return IndexerCli.UNREADABLE;
		}
		List<FilingImporter.FileContent> corpus = new SyntheticCorpus(seeds).generate(forms)
			.stream()
			.map((file) -> new FilingImporter.FileContent(file.name(), file.content()))
			.toList();
		for (int round = 0; round < WARM_UPS; round++) {
			Path warmUpScratch = scratchDir();
			try (ConfigurableApplicationContext context = start(warmUpScratch)) {
				Timed warmUp = importInto(context, corpus);
				if (round == 0) {
					this.out.printf("import bench: %d files, %d forms, %d indicator documents%n", corpus.size(),
							warmUp.forms(), context.getBean(SearchIndex.class).count(DocumentType.INDICATOR));
				}
				this.out.printf("  warm-up import %d into a new store: %.1f s, %.0f forms/s%s%n", round + 1,
						warmUp.seconds(), warmUp.formsPerSecond(), (round == 0) ? " (fresh JVM, JIT compiling)" : "");
			}
			finally {
				delete(warmUpScratch);
			}
		}
		Path scratch = scratchDir();
		try (ConfigurableApplicationContext context = start(scratch)) {
			settle();
			Timed warm = importInto(context, corpus);
			this.out.printf(
					"  measured import into a new store: %.1f s, %.0f forms/s (parse, H2 store, lineage, Lucene index)%n",
					warm.seconds(), warm.formsPerSecond());
			this.out.printf("  index size %.1f MiB%n", size(scratch.resolve("index")) / 1048576.0);
			latency(context.getBean(SearchIndex.class));
			return IndexerCli.OK;
		}
		finally {
			delete(scratch);
		}
	}

	/** How long an import of so many forms took. */
	private record Timed(int forms, double seconds) {

		double formsPerSecond() {
			return this.forms / this.seconds;
		}

	}

	/**
	 * Starting a context hands the JIT a queue of start-up code to compile, which in a
	 * running portal it compiled long before any import; the measured import waits for
	 * that queue to drain.
	 */
	private static void settle() {
		try {
			Thread.sleep(SETTLE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ConfigurableApplicationContext start(Path scratch) {
		return IndexerApplication.start("--jixiao.data-dir=" + scratch, "--logging.level.cn.jixiao=WARN",
				"--logging.level.cn.jixiao.indexer.importing.FilingImporter=INFO");
	}

	private static Timed importInto(ConfigurableApplicationContext context, List<FilingImporter.FileContent> corpus) {
		long start = System.nanoTime();
		int forms = context.getBean(FilingImporter.class).importBatch(corpus).forms();
		return new Timed(forms, (System.nanoTime() - start) / 1e9);
	}

	private void latency(SearchIndex index) {
		List<SearchQuery> queries = queries();
		long warmUntil = System.nanoTime() + WARMUP_NANOS;
		while (System.nanoTime() < warmUntil) {
			queries.forEach(index::search);
		}
		List<Long> nanos = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			for (SearchQuery query : queries) {
				long start = System.nanoTime();
				index.search(query);
				nanos.add(System.nanoTime() - start);
			}
		}
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		this.out.printf(
				"  search latency over %d queries x %d rounds after a 5 s warm-up: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
				queries.size(), ROUNDS, percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6,
				sorted[sorted.length - 1] / 1e6);
	}

	/** 25 words, each alone and with a facet filter or year sort: 50 queries. */
	static List<SearchQuery> queries() {
		List<SearchQuery> queries = new ArrayList<>();
		for (int i = 0; i < WORDS.size(); i++) {
			SearchQuery plain = SearchQuery.of(WORDS.get(i));
			queries.add(plain);
			queries.add(switch (i % 3) {
				case 0 -> plain.withFilter(SearchFacet.YEAR, "2025");
				case 1 -> plain.withFilter(SearchFacet.LEVEL1, "产出指标").withSort(SearchSort.YEAR);
				default -> plain.withTypes(DocumentType.FILING);
			});
		}
		return queries;
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static List<Filing> seedForms() throws IOException {
		Path seeds = Files.isDirectory(Path.of("seeds")) ? Path.of("seeds") : Path.of("..", "seeds");
		FilingParser parser = new FilingParser();
		List<Filing> forms = new ArrayList<>();
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path file : files.sorted().toList()) {
				forms.addAll(parser.parse(file).forms());
			}
		}
		return forms;
	}

	private static Path scratchDir() {
		try {
			return Files.createTempDirectory("jixiao-bench");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
