package cn.jixiao.indexer.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The store one bench import starts from, new and empty: the embedded H2 store in the
 * import's scratch folder, or the scratch database, emptied (Flyway clean) before the
 * import and again after it. Anything else is refused before the import touches it.
 */
final class ScratchStore {

	private static final String FILING_TABLE = "filing";

	private final Path folder;

	private final ScratchDatabase database;

	/** Set once the scratch database was found fit to empty. */
	private DataSource emptied;

	/**
	 * @param folder the import's scratch folder
	 * @param database the database the bench may empty, or {@code null}
	 */
	ScratchStore(Path folder, ScratchDatabase database) {
		this.folder = folder;
		this.database = database;
	}

	/**
	 * Checks (and empties) the store once the context has read its configuration, the
	 * embedded defaults included, and before any bean opens the store.
	 */
	void prepare(ConfigurableApplicationContext context) {
		context.addBeanFactoryPostProcessor((factory) -> prepare(context.getEnvironment()));
	}

	private void prepare(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		if (this.database == null) {
			outsideFolder(url, this.folder).ifPresent(ScratchStore::refuse);
			return;
		}
		DataSource dataSource = DataSourceBuilder.create()
			.type(SimpleDriverDataSource.class)
			.url(url)
			.username(environment.getProperty("spring.datasource.username"))
			.password(environment.getProperty("spring.datasource.password"))
			.build();
		try (Connection connection = dataSource.getConnection()) {
			this.database.refusal(connection.getCatalog(), filings(connection)).ifPresent(ScratchStore::refuse);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot reach the scratch database " + withoutParameters(url), ex);
		}
		this.emptied = dataSource;
		empty();
	}

	/**
	 * Empties the scratch database, if this import used one, so that the next import and
	 * the next bench find it empty.
	 */
	void empty() {
		if (this.emptied != null) {
			Flyway.configure().dataSource(this.emptied).cleanDisabled(false).load().clean();
		}
	}

	/**
	 * Why a store cannot be used without a scratch database, if it cannot: only the
	 * embedded store in the import's own folder is new for every import.
	 */
	static Optional<String> outsideFolder(String storeUrl, Path folder) {
		if (storeUrl != null && storeUrl.contains(folder.toString())) {
			return Optional.empty();
		}
		return Optional
			.of("bench-import needs a new, empty store for each import, and the store " + withoutParameters(storeUrl)
					+ " is not in its scratch folder: name a database it may empty with --scratch-database=NAME");
	}

	/** A URL's parameters may carry credentials. */
	private static String withoutParameters(String url) {
		return (url != null) ? url.replaceFirst("[?;].*", "") : null;
	}

	private static long filings(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData()
			.getTables(connection.getCatalog(), null, FILING_TABLE, new String[] { "TABLE" })) {
			if (!tables.next()) {
				return 0;
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + FILING_TABLE)) {
			count.next();
			return count.getLong(1);
		}
	}

	private static void refuse(String reason) {
		throw new IllegalStateException(reason);
	}

}
