package cn.jixiao.portal.library;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's reads on a store the seeds cannot give: a group whose tracking rows all
 * leave the actual value blank. Its actuals and its attainment must agree (none), or the
 * detail page lists actuals under a group without attainment.
 */
class LibraryQueriesTest {

	private static final String LEVEL2 = "服务对象满意度指标";

	private static final String KEY = "居民满意度";

	private static LibraryQueries queries;

	@BeforeAll
	static void store() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:library-queries;DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.placeholders(Map.of("table_options", ""))
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("INSERT INTO unit (id, name, name_key) VALUES (1, '某单位', '某单位')");
		jdbc.update("INSERT INTO source_file (id, name, sha256, size_bytes, imported_at, form_count, indicator_count)"
				+ " VALUES (1, 'a.txt', ?, 1, CURRENT_TIMESTAMP, 2, 2)", "0".repeat(64));
		jdbc.update("INSERT INTO filing (id, source_file_id, form_index, kind, budget_year, unit_id, first_line,"
				+ " last_line) VALUES (1, 1, 0, 'TARGET', 2024, 1, 1, 10), (2, 1, 1, 'TRACKING', 2024, 1, 11, 20)");
		jdbc.update("INSERT INTO indicator (id, filing_id, position, level1, level2, name, name_key, target, planned,"
				+ " actual, first_line, last_line) VALUES (1, 1, 0, '满意度指标', ?, '居民满意度', ?, '≥90%', NULL, NULL, 5, 5),"
				+ " (2, 2, 0, '满意度指标', ?, '居民满意度', ?, '≥90%', '90', NULL, 15, 15)", LEVEL2, KEY, LEVEL2, KEY);
		queries = new LibraryQueries(jdbc);
	}

	@Test
	void trackingRowsWithoutAnActualAreNeitherAttainmentNorActuals() {
		LibraryFilter group = new LibraryFilter(null, LEVEL2, null, null, null, null, null, KEY);
		assertThat(queries.actuals(group)).isEmpty();
		assertThat(queries.uses(group, true, 10)).isEmpty();
		assertThat(queries.countUses(group, true)).isZero();
		assertThat(queries.uses(group, false, 10)).hasSize(2);
		assertThat(queries.countUses(group, false)).isEqualTo(2);
	}

}
