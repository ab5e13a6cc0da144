package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.context.ConfigurableApplicationContext;

import cn.jixiao.indexer.IndexerProperties;

/**
 * One of the bench's imports: a running context on a new, empty store and index (the
 * configured kinds), and their removal afterwards. Each import has a scratch folder (the
 * embedded store and index live there) and an Elasticsearch alias of its own.
 */
final class ScratchImport implements AutoCloseable {

	private final Path folder;

	private final String alias;

	private final ScratchStore store;

	private final ConfigurableApplicationContext context;

	private ScratchImport(Path folder, String alias, ScratchStore store, ConfigurableApplicationContext context) {
		this.folder = folder;
		this.alias = alias;
		this.store = store;
		this.context = context;
	}

	/**
	 * @param benchTime when the bench started, to tell its aliases from other benches'
	 * @param number which of the bench's imports this is
	 */
	static ScratchImport start(ImportBenchOptions options, String benchTime, int number) {
		Path folder = scratchFolder();
		ScratchStore store = new ScratchStore(folder, (options.scratchDatabase() != null)
				? new ScratchDatabase(options.scratchDatabase(), options.discardFilings()) : null);
		String alias = ScratchElasticsearchIndex.alias(benchTime, number);
		List<String> args = new ArrayList<>(options.springArgs());
		args.addAll(List.of("--jixiao.data-dir=" + folder, "--jixiao.search.elasticsearch.index=" + alias,
				"--logging.level.cn.jixiao=WARN", "--logging.level.cn.jixiao.indexer.importing.FilingImporter=INFO"));
		try {
			return new ScratchImport(folder, alias, store,
					IndexerApplication.start(store::prepare, args.toArray(String[]::new)));
		}
		catch (RuntimeException ex) {
			store.empty();
			delete(folder);
			throw ex;
		}
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	/** The import's own alias, when the index is Elasticsearch. */
	Optional<ScratchElasticsearchIndex> elasticsearch() {
		if (!"elasticsearch".equals(this.context.getBean(IndexerProperties.class).search().backend())) {
			return Optional.empty();
		}
		return Optional.of(new ScratchElasticsearchIndex(this.context.getBean(ElasticsearchClient.class), this.alias));
	}

	/** The store's database product, as an analyst would name it. */
	String storeName() {
		try (Connection connection = this.context.getBean(DataSource.class).getConnection()) {
			DatabaseMetaData database = connection.getMetaData();
			// Connector/J names a MariaDB server MySQL; its version says what it is.
			return database.getDatabaseProductVersion().contains("MariaDB") ? "MariaDB"
					: database.getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the store's database product", ex);
		}
	}

	/** Size of the embedded Lucene index's files. */
	long luceneIndexBytes() {
		try (Stream<Path> files = Files.walk(this.folder.resolve("index"))) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes the Elasticsearch indexes while the client is open, then the store. */
	@Override
	public void close() {
		try {
			elasticsearch().ifPresent(ScratchElasticsearchIndex::delete);
		}
		finally {
			this.context.close();
			this.store.empty();
			delete(this.folder);
		}
	}

	private static Path scratchFolder() {
		try {
			return Files.createTempDirectory("jixiao-bench");
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
