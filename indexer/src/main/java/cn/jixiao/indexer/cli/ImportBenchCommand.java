package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Lucene by default; the configured ones, e.g. MySQL + Elasticsearch on the {@code prod}
 * profile) and prints import throughput, index size and search latency over a fixed mix
 * of 50 queries. The corpus is imported three times, each time into a new store and
 * index: the first import shows what a one-off command in a fresh JVM sees; the last,
 * measured one the throughput of a running portal or a long import, once the JIT has
 * compiled the code.
 */
final class ImportBenchCommand {

	private static final List<String> WORDS = List.of("满意度", "满意", "及时性", "完成率", "鉴定 完成率", "培训", "补贴 发放", "准确率", "覆盖率",
			"知晓率", "运维", "系统 运行", "投诉", "长效管理", "成本", "人均 成本", "宣传", "就业", "征地 养老", "慰问", "档案", "仲裁", "信息化", "工作经费",
			"合规");

	private static final int ROUNDS = 10;

	private static final double MIB = 1024 * 1024;

	private static final DateTimeFormatter BENCH_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
		.withZone(ZoneOffset.UTC);

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

	int run(ImportBenchOptions options) {
		List<Filing> seeds;
		try {
			seeds = seedForms();
		}
		catch (IOException ex) {
			this.out.println("cannot read the seeds: " + ex.getMessage());
			return IndexerCli.UNREADABLE;
		}
		List<FilingImporter.FileContent> corpus = new SyntheticCorpus(seeds).generate(options.forms())
			.stream()
			.map((file) -> new FilingImporter.FileContent(file.name(), file.content()))
			.toList();
		String benchTime = BENCH_TIME.format(Instant.now());
		for (int round = 0; round < WARM_UPS; round++) {
			try (ScratchImport scratch = ScratchImport.start(options, benchTime, round + 1)) {
				Timed warmUp = importInto(scratch.context(), corpus);
				if (round == 0) {
					this.out.printf("import bench: %d files, %d forms, %d indicator documents%n", corpus.size(),
							warmUp.forms(), scratch.context().getBean(SearchIndex.class).count(DocumentType.INDICATOR));
				}
				this.out.printf("  warm-up import %d into a new store: %.1f s, %.0f forms/s%s%n", round + 1,
						warmUp.seconds(), warmUp.formsPerSecond(), (round == 0) ? " (fresh JVM, JIT compiling)" : "");
			}
		}
		try (ScratchImport scratch = ScratchImport.start(options, benchTime, WARM_UPS + 1)) {
			settle();
			measure(scratch, corpus);
			latency(scratch.context().getBean(SearchIndex.class));
			return IndexerCli.OK;
		}
	}

	private void measure(ScratchImport scratch, List<FilingImporter.FileContent> corpus) {
		Optional<ScratchElasticsearchIndex> elasticsearch = scratch.elasticsearch();
		long benchCpuNanos = processCpuNanos();
		long elasticsearchCpuMillis = elasticsearch.map(ScratchElasticsearchIndex::clusterCpuMillis).orElse(0L);
		Timed warm = importInto(scratch.context(), corpus);
		this.out.printf(
				"  measured import into a new store: %.1f s, %.0f forms/s (parse, %s store, lineage, %s index)%n",
				warm.seconds(), warm.formsPerSecond(), scratch.storeName(),
				elasticsearch.isPresent() ? "Elasticsearch" : "Lucene");
		if (elasticsearch.isEmpty()) {
			this.out.printf("  index size %.1f MiB%n", scratch.luceneIndexBytes() / MIB);
			return;
		}
		ScratchElasticsearchIndex.IndexFigures figures = elasticsearch.get().figures();
		this.out.printf(
				"  index size %.1f MiB (store size of %s, primary shards, as the import's refresh and flush left it, %d segments, not force-merged)%n",
				figures.storeBytes() / MIB, figures.index(), figures.segments());
		this.out.printf(
				"  CPU during the import: bench JVM %.1f s, Elasticsearch nodes %.1f s; Elasticsearch's own times: indexing %.1f s, refresh %.1f s, flush %.1f s, merges %.1f s%n",
				(processCpuNanos() - benchCpuNanos) / 1e9,
				(elasticsearch.get().clusterCpuMillis() - elasticsearchCpuMillis) / 1e3, figures.indexingMillis() / 1e3,
				figures.refreshMillis() / 1e3, figures.flushMillis() / 1e3, figures.mergeMillis() / 1e3);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
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

}
