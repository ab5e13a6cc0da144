package cn.jixiao.indexer.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.index.SearchDocument;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.indexer.store.FileFingerprint;
import cn.jixiao.indexer.store.Sha256;
import cn.jixiao.indexer.store.SourceFileRepository;

/**
 * Imports filing files into the store and the search index, each file as a whole: its
 * forms are stored in one transaction, then indexed. The same bytes again are a no-op;
 * changed bytes replace the file's earlier forms; a file the parser cannot read as a
 * filing is reported and changes nothing. Lineage is recomputed for the units an import
 * touched; then, if anything was stored, {@link StoreChanged} is published.
 */
@Service
public class FilingImporter {

	private static final Logger logger = LoggerFactory.getLogger(FilingImporter.class);

	private static final long PUBLISH_INTERVAL_NANOS = 1_000_000_000L;

	private final FilingParser parser;

	private final StoreWriter storeWriter;

	private final ProjectLineage lineage;

	private final SourceFileRepository sourceFiles;

	private final SearchIndex searchIndex;

	private final StoreVersion storeVersion;

	private final ApplicationEventPublisher events;

	/**
	 * One import (a file or a batch) at a time keeps lineage and the index in step with
	 * the store.
	 */
	private final ReentrantLock lock = new ReentrantLock();

	private long lastPublished;

	FilingImporter(FilingParser parser, StoreWriter storeWriter, ProjectLineage lineage,
			SourceFileRepository sourceFiles, SearchIndex searchIndex, StoreVersion storeVersion,
			ApplicationEventPublisher events) {
		this.parser = parser;
		this.storeWriter = storeWriter;
		this.lineage = lineage;
		this.sourceFiles = sourceFiles;
		this.searchIndex = searchIndex;
		this.storeVersion = storeVersion;
		this.events = events;
	}

	/**
	 * A file to import: its name (which identifies it) and its bytes ({@code null} when
	 * it could not be read).
	 */
	public record FileContent(String name, byte[] content) {
	}

	/**
	 * Where a stored file's documents go: straight to the index, or to a batch's indexing
	 * thread.
	 */
	private interface IndexFeed {

		void replace(String fileName, List<SearchDocument> documents);

	}

	/**
	 * Imports one file; its forms are searchable and its unit's lineage is up to date on
	 * return.
	 */
	public ImportOutcome importFile(String fileName, byte[] content) {
		this.lock.lock();
		try {
			Set<Long> touchedUnits = new HashSet<>();
			List<StoredDocuments> stored = new ArrayList<>();
			ImportOutcome outcome = importOne(new FileContent(fileName, content), knownFile(fileName), touchedUnits,
					(name, documents) -> stored.add(new StoredDocuments(name, documents)));
			if (outcome.stored()) {
				this.lineage.relink(touchedUnits);
				stored.forEach((file) -> index(file.fileName(), file.documents()));
				this.searchIndex.commit(this.storeVersion.current());
				this.events.publishEvent(new StoreChanged(StoreChanged.Cause.IMPORT));
			}
			return outcome;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Imports files and the files of folders (hidden files left out), as one batch. */
	public ImportSummary importPaths(List<Path> paths) throws IOException {
		List<Path> files = filesOf(paths);
		return importBatch(() -> files.stream().map(FilingImporter::read).iterator());
	}

	/**
	 * Imports a batch of files. Each file is stored in a transaction of its own; while
	 * the next file is stored, the previous one is indexed on a second thread, as a
	 * whole. Searches see the batch's files as they complete (published about once a
	 * second); the index is committed and each touched unit relinked once at the end.
	 */
	public ImportSummary importBatch(Iterable<FileContent> files) {
		long start = System.nanoTime();
		this.lock.lock();
		ExecutorService indexing = Executors.newSingleThreadExecutor((task) -> new Thread(task, "import-indexing"));
		try {
			Map<String, FileFingerprint> known = new HashMap<>();
			this.sourceFiles.findFingerprints().forEach((fingerprint) -> known.put(fingerprint.name(), fingerprint));
			Set<Long> touchedUnits = new HashSet<>();
			List<ImportOutcome> outcomes = new ArrayList<>();
			List<Future<?>> indexed = new ArrayList<>();
			Set<String> names = new HashSet<>();
			long stored;
			long relinked;
			try {
				for (FileContent file : files) {
					if (!names.add(file.name())) {
						outcomes.add(rejected(file, ImportMessages.SAME_NAME_IN_BATCH));
						continue;
					}
					outcomes.add(importOne(file, known.get(file.name()), touchedUnits,
							(name, documents) -> indexed.add(indexing.submit(() -> index(name, documents)))));
				}
			}
			finally {
				// Whatever stopped the batch, the files stored so far get their lineage
				// and their index.
				stored = System.nanoTime();
				this.lineage.relink(touchedUnits);
				relinked = System.nanoTime();
				indexed.forEach(FilingImporter::await);
				this.searchIndex.commit(this.storeVersion.current());
			}
			logger.info("batch of {} files: stored in {} ms, {} units relinked in {} ms, index done {} ms later",
					outcomes.size(), (stored - start) / 1_000_000, touchedUnits.size(), (relinked - stored) / 1_000_000,
					(System.nanoTime() - relinked) / 1_000_000);
			if (outcomes.stream().anyMatch(ImportOutcome::stored)) {
				this.events.publishEvent(new StoreChanged(StoreChanged.Cause.IMPORT));
			}
			return new ImportSummary(outcomes, Duration.ofNanos(System.nanoTime() - start));
		}
		finally {
			// Never interrupt: an interrupted Lucene write closes the index's files for
			// good.
			indexing.shutdown();
			awaitTermination(indexing);
			this.lock.unlock();
		}
	}

	/**
	 * Runs work while no import changes the store, for writers of what is derived from
	 * all filings: the filings they read stay as they were until the work is done. An
	 * import waits meanwhile, and the work waits for a running import.
	 */
	public <T> T betweenImports(Supplier<T> work) {
		this.lock.lock();
		try {
			return work.get();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** A stored file's documents, waiting for its unit to be relinked. */
	private record StoredDocuments(String fileName, List<SearchDocument> documents) {
	}

	private ImportOutcome importOne(FileContent file, FileFingerprint known, Set<Long> touchedUnits, IndexFeed feed) {
		if (file.content() == null) {
			return rejected(file, ImportMessages.UNREADABLE);
		}
		String sha256 = sha256(file.content());
		if (known != null && known.sha256().equals(sha256)) {
			return new ImportOutcome(file.name(), ImportStatus.UNCHANGED, known.formCount(), known.indicatorCount(),
					List.of());
		}
		ParseResult parsed;
		try {
			parsed = this.parser.parse(file.name(), file.content());
		}
		catch (RuntimeException ex) {
			// The parser promises never to throw; if it does, this file is reported and
			// the batch goes on.
			logger.error("{}: the parser failed", file.name(), ex);
			return rejected(file, String.format(ImportMessages.PARSER_FAILED, rootMessage(ex)));
		}
		if (parsed.forms().isEmpty()) {
			return rejected(file, parsed.problems());
		}
		if (parsed.forms().stream().allMatch((form) -> form.projectName() == null)) {
			List<ParseProblem> problems = new ArrayList<>(parsed.problems());
			problems.add(new ParseProblem(file.name(), null, ImportMessages.NO_NAMED_FORM));
			return rejected(file, problems);
		}
		StoreWriter.Written written;
		try {
			written = this.storeWriter.write(file.name(), sha256, file.content().length, parsed,
					this.parser.text(file.name(), file.content()));
		}
		catch (RuntimeException ex) {
			// The file's transaction rolled back: nothing of it is stored, its earlier
			// version is intact.
			logger.warn("{}: not stored", file.name(), ex);
			return rejected(file, String.format(ImportMessages.NOT_STORED, rootMessage(ex)));
		}
		touchedUnits.addAll(written.touchedUnits());
		feed.replace(file.name(), written.documents());
		int indicators = parsed.forms().stream().mapToInt((form) -> form.indicators().size()).sum();
		return new ImportOutcome(file.name(), (known != null) ? ImportStatus.REPLACED : ImportStatus.IMPORTED,
				parsed.forms().size(), indicators, parsed.problems());
	}

	private static ImportOutcome rejected(FileContent file, String message) {
		return rejected(file, List.of(new ParseProblem(file.name(), null, message)));
	}

	private static ImportOutcome rejected(FileContent file, List<ParseProblem> problems) {
		logger.warn("{}: rejected: {}", file.name(), problems);
		return new ImportOutcome(file.name(), ImportStatus.REJECTED, 0, 0, problems);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return (message.length() > 200) ? message.substring(0, 200) + "…" : message;
	}

	private void index(String fileName, List<SearchDocument> documents) {
		this.searchIndex.replaceSourceFile(fileName, documents);
		publishNowAndThen();
	}

	/**
	 * Publishing makes Lucene flush a segment, so a batch publishes about once a second
	 * rather than after every file; searches meanwhile see whole files only.
	 */
	private void publishNowAndThen() {
		long now = System.nanoTime();
		if (now - this.lastPublished >= PUBLISH_INTERVAL_NANOS) {
			this.searchIndex.publish();
			this.lastPublished = now;
		}
	}

	private FileFingerprint knownFile(String fileName) {
		return this.sourceFiles.findByName(fileName)
			.map((file) -> new FileFingerprint(file.getName(), file.getSha256(), file.getFormCount(),
					file.getIndicatorCount()))
			.orElse(null);
	}

	private static void await(Future<?> future) {
		try {
			future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	private static void awaitTermination(ExecutorService executor) {
		try {
			executor.awaitTermination(1, TimeUnit.HOURS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * An unreadable file goes on as content {@code null}, to be reported like any other
	 * bad file.
	 */
	private static FileContent read(Path file) {
		try {
			return new FileContent(file.getFileName().toString(), Files.readAllBytes(file));
		}
		catch (IOException ex) {
			logger.warn("cannot read {}", file, ex);
			return new FileContent(file.getFileName().toString(), null);
		}
	}

	static List<Path> filesOf(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> listing = Files.walk(path)) {
					listing.filter(Files::isRegularFile)
						.filter((file) -> !file.getFileName().toString().startsWith("."))
						.sorted()
						.forEach(files::add);
				}
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	static String sha256(byte[] content) {
		return Sha256.hex(content);
	}

}
