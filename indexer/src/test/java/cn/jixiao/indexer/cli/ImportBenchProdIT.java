package cn.jixiao.indexer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.indexer.ElasticsearchAvailable;
import cn.jixiao.indexer.MySqlAvailable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench-import} on the production stack: MariaDB/MySQL
 * ({@code JIXIAO_TEST_MYSQL_*}, a scratch database) and Elasticsearch
 * ({@code JIXIAO_TEST_ES_URL}), chosen by the {@code prod} profile. It refuses a database
 * holding filings until told, and leaves neither tables nor indexes behind.
 */
@ExtendWith({ MySqlAvailable.class, ElasticsearchAvailable.class })
class ImportBenchProdIT {

	private static final String MYSQL_URL = System.getenv("JIXIAO_TEST_MYSQL_URL");

	private static final String MYSQL_USER = envOr("JIXIAO_TEST_MYSQL_USER", "root");

	private static final String MYSQL_PASSWORD = envOr("JIXIAO_TEST_MYSQL_PASSWORD", "");

	@TempDir
	Path dataDir;

	@Test
	void benchmarksTheProductionStackOnAScratchDatabaseAndCleansUp() throws Exception {
		Run seeded = run("import", "../seeds/000_84ecacd54c532934.txt", "--spring.profiles.active=mysql",
				"--jixiao.data-dir=" + this.dataDir, "--MYSQL_URL=" + MYSQL_URL, "--MYSQL_USER=" + MYSQL_USER,
				"--MYSQL_PASSWORD=" + MYSQL_PASSWORD);
		assertThat(seeded.exit()).as(seeded.err()).isZero();
		long filings = filings();
		assertThat(filings).isPositive();
		Set<String> benchIndexesBefore = benchIndexes();

		Run refused = bench();
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("holds " + filings + " filings").contains("--discard-filings");
		assertThat(filings()).isEqualTo(filings);

		Run measured = bench("--discard-filings");
		assertThat(measured.exit()).as(measured.err()).isZero();
		assertThat(measured.out()).contains("import bench: 10 files, 120 forms")
			.contains("store, lineage, Elasticsearch index)")
			.containsPattern("index size \\d+\\.\\d MiB \\(store size of jixiao-bench-[0-9-]+-3-s\\d+-")
			.contains("CPU during the import: bench JVM")
			.contains("p95");
		assertThat(filingTableExists()).isFalse();
		assertThat(benchIndexes()).isEqualTo(benchIndexesBefore);
	}

	private Run bench(String... extra) {
		List<String> args = new ArrayList<>(List.of("bench-import", "--forms=120", "--spring.profiles.active=prod",
				"--scratch-database=" + databaseName(), "--MYSQL_URL=" + MYSQL_URL, "--MYSQL_USER=" + MYSQL_USER,
				"--MYSQL_PASSWORD=" + MYSQL_PASSWORD, "--ELASTICSEARCH_URL=" + ElasticsearchAvailable.url()));
		args.addAll(List.of(extra));
		return run(args.toArray(String[]::new));
	}

	/** The database the test URL names: the test's scratch database. */
	private static String databaseName() {
		return URI.create(MYSQL_URL.substring("jdbc:".length())).getPath().substring(1);
	}

	private static long filings() throws SQLException {
		try (Connection connection = DriverManager.getConnection(MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD);
				ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM filing")) {
			count.next();
			return count.getLong(1);
		}
	}

	private static boolean filingTableExists() throws SQLException {
		try (Connection connection = DriverManager.getConnection(MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD);
				ResultSet tables = connection.getMetaData()
					.getTables(connection.getCatalog(), null, "filing", new String[] { "TABLE" })) {
			return tables.next();
		}
	}

	private static Set<String> benchIndexes() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(ElasticsearchAvailable.url() + "/_cat/indices/jixiao-bench-*?h=index"))
			.build();
		String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
		return body.lines().map(String::strip).filter((line) -> !line.isEmpty()).collect(Collectors.toSet());
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = IndexerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	private record Run(int exit, String out, String err) {
	}

}
