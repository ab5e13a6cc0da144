package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.importing.FilingImporter.FileContent;
import cn.jixiao.indexer.importing.Reindexer;
import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchFacet;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.index.SearchQuery;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.indexer.parse.FilingTextWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several threads search while batches are imported (new files, and files replaced by a
 * shorter version) and the index is rebuilt from the store, concurrently. Every synthetic
 * file holds one unit's forms of one year, so a search filtered to that unit and year
 * counts exactly that file: the count must always be one of the file's whole versions
 * (absent, old or new), never a part or a mix. Prints what it did.
 */
class ConcurrentSearchIT extends EmbeddedStoreTest {

	private static final int FORMS = 720;

	private static final int SEARCH_THREADS = 3;

	@Autowired
	private FilingImporter importer;

	@Autowired
	private Reindexer reindexer;

	@Autowired
	private SearchIndex searchIndex;

	/** One file's unit and year, and the filing and indicator counts a search may see. */
	private record Expected(String name, String unit, int year, Set<Long> filings, Set<Long> indicators,
			long finalFilings) {
	}

	@Test
	void searchesNeverFailAndNeverSeePartOfAFileDuringImportAndReindex() throws Exception {
		FilingParser parser = new FilingParser();
		List<FileContent> files = corpus(parser);
		int half = files.size() / 2;
		List<FileContent> first = files.subList(0, half);
		this.importer.importBatch(first);
		List<FileContent> changes = new ArrayList<>(files.subList(half, files.size()));
		List<Expected> expected = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			FileContent file = files.get(i);
			ParseResult parsed = parser.parse(file.name(), file.content());
			Filing form = parsed.forms().get(0);
			long forms = parsed.forms().size();
			long indicators = indicators(parsed.forms());
			if (i >= half) {
				expected.add(new Expected(file.name(), form.unit(), form.year(), Set.of(0L, forms),
						Set.of(0L, indicators), forms));
			}
			else if (i % 2 == 0) {
				List<Filing> shorter = parsed.forms().subList(0, Math.max(1, parsed.forms().size() - 3));
				changes.add(new FileContent(file.name(),
						new FilingTextWriter().write(shorter).getBytes(StandardCharsets.UTF_8)));
				expected.add(new Expected(file.name(), form.unit(), form.year(), Set.of(forms, (long) shorter.size()),
						Set.of(indicators, indicators(shorter)), shorter.size()));
			}
			else {
				expected
					.add(new Expected(file.name(), form.unit(), form.year(), Set.of(forms), Set.of(indicators), forms));
			}
		}
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicLong searches = new AtomicLong();
		AtomicLong reindexes = new AtomicLong();
		ExecutorService threads = Executors.newFixedThreadPool(SEARCH_THREADS + 2);
		List<Future<?>> searchers = new ArrayList<>();
		for (int t = 0; t < SEARCH_THREADS; t++) {
			Random random = new Random(t);
			searchers.add(threads.submit(() -> {
				while (writing.get()) {
					check(expected.get(random.nextInt(expected.size())), failures);
					searches.incrementAndGet();
				}
			}));
		}
		Future<?> reindexing = threads.submit(() -> {
			// A rebuild holds the index's write lock throughout; with a pause between
			// rebuilds the import's indexing gets its turn, as with an analyst's reindex.
			while (writing.get() || reindexes.get() < 2) {
				this.reindexer.reindex();
				reindexes.incrementAndGet();
				pause(300);
			}
		});
		Future<?> importing = threads.submit(() -> {
			for (int from = 0; from < changes.size(); from += 10) {
				this.importer.importBatch(changes.subList(from, Math.min(changes.size(), from + 10)));
			}
		});
		long start = System.nanoTime();
		try {
			importing.get(2, TimeUnit.MINUTES);
		}
		finally {
			writing.set(false);
		}
		reindexing.get(2, TimeUnit.MINUTES);
		for (Future<?> searcher : searchers) {
			searcher.get(1, TimeUnit.MINUTES);
		}
		threads.shutdown();
		for (Expected file : expected) {
			check(new Expected(file.name(), file.unit(), file.year(), Set.of(file.finalFilings()), file.indicators(),
					file.finalFilings()), failures);
		}
		System.out.printf(
				"[concurrency-test] %d search threads ran %d searches (each checked a file's filing and indicator counts)"
						+ " while %d files were imported or replaced in %d batches and the index was rebuilt %d times,"
						+ " in %d ms; failures: %d%n",
				SEARCH_THREADS, searches.get(), changes.size(), (changes.size() + 9) / 10, reindexes.get(),
				(System.nanoTime() - start) / 1_000_000, failures.size());
		assertThat(failures).isEmpty();
		assertThat(searches.get()).isGreaterThan(100);
		assertThat(this.reindexer.inStep()).isTrue();
	}

	private void check(Expected file, Queue<String> failures) {
		try {
			SearchQuery query = SearchQuery.of("")
				.withFilter(SearchFacet.UNIT, file.unit())
				.withFilter(SearchFacet.YEAR, String.valueOf(file.year()))
				.withPage(0, 1);
			long filings = this.searchIndex.search(query.withTypes(DocumentType.FILING)).total();
			long indicators = this.searchIndex.search(query.withTypes(DocumentType.INDICATOR)).total();
			if (!file.filings().contains(filings) || !file.indicators().contains(indicators)) {
				failures.add(file.name() + ": " + filings + " filings, " + indicators + " indicators; whole versions "
						+ file.filings() + " / " + file.indicators());
			}
		}
		catch (RuntimeException ex) {
			failures.add(file.name() + ": search failed: " + ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long indicators(List<Filing> forms) {
		return forms.stream().mapToLong((form) -> form.indicators().size()).sum();
	}

	private static List<FileContent> corpus(FilingParser parser) throws IOException {
		List<Filing> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
			for (Path file : files.sorted().toList()) {
				seeds.addAll(parser.parse(file).forms());
			}
		}
		return new SyntheticCorpus(seeds).generate(FORMS)
			.stream()
			.map((file) -> new FileContent(file.name(), file.content()))
			.toList();
	}

}
