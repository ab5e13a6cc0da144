package cn.jixiao.portal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.jixiao.portal.review.ReviewRefresh;
import cn.jixiao.portal.review.TestReviewRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's hand-written SQL on MySQL/MariaDB: the portal starts with the
 * {@code mysql} profile on the database {@code .ci/run} provides
 * ({@code JIXIAO_TEST_MYSQL_URL}), imports the seeds into it, stores their review (test
 * rules), and every page's API answers. Skipped without a database, except in CI, where
 * it fails.
 */
@EnabledIf("mysqlConfigured")
@Import({ TestReviewRules.class, TestAccounts.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.profiles.active=mysql", "spring.flyway.clean-disabled=false" })
class PortalMySqlIT {

	private static final Path DATA_DIR = SeededPortalTest.newDataDir("jixiao-portal-mysql");

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	static boolean mysqlConfigured() {
		boolean configured = System.getenv("JIXIAO_TEST_MYSQL_URL") != null;
		if (!configured && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("JIXIAO_TEST_MYSQL_URL is not set; CI must provide the database");
		}
		return configured;
	}

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		registry.add("MYSQL_URL", () -> System.getenv("JIXIAO_TEST_MYSQL_URL"));
		registry.add("MYSQL_USER", () -> System.getenv().getOrDefault("JIXIAO_TEST_MYSQL_USER", "root"));
		registry.add("MYSQL_PASSWORD", () -> System.getenv().getOrDefault("JIXIAO_TEST_MYSQL_PASSWORD", ""));
		registry.add("jixiao.data-dir", DATA_DIR::toString);
		registry.add("jixiao.seeds.dir", () -> Path.of("..", "seeds").toString());
	}

	/** The database is shared with the indexer's store tests: start from an empty one. */
	@TestConfiguration(proxyBeanMethods = false)
	static class EmptyDatabase {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return (Flyway flyway) -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

	@Test
	void everyPageApiAnswersOnMySql(@Autowired ReviewRefresh refresh) throws Exception {
		refresh.awaitIdle(Duration.ofSeconds(120));
		assertThat(this.jdbc.queryForObject("select count(*) from filing", Long.class)).isEqualTo(62);
		long filing = this.jdbc.queryForObject("select min(id) from filing", Long.class);
		long tracking = this.jdbc.queryForObject("select min(id) from filing where kind = 'TRACKING'", Long.class);
		String sourceFile = this.jdbc.queryForObject("select min(name) from source_file", String.class);
		String satisfactionKey = this.jdbc
			.queryForObject("select min(name_key) from indicator where level2 = '服务对象满意度指标'", String.class);

		answers("/api/search?q=满意度", "满意度");
		answers("/api/search?q=满意度 指标值<95%", "满意度");
		answers("/api/search/export?q=满意度&format=csv", "满意度");
		answers("/api/filings/" + filing, "indicatorCount");
		answers("/api/sources/" + sourceFile, "财政项目支出绩效");
		answers("/api/compare/organisations", "松江");
		answers("/api/compare/departments", "松江");
		Map<?, ?> project = this.rest.getForObject("/api/compare/projects?q={q}", Map[].class, "案件调查经费")[0];
		long projectId = ((Number) project.get("projectId")).longValue();
		answers("/api/compare/lineage?project=" + projectId, "外省市差旅费");
		answers("/api/compare/years?project=" + projectId + "&from=2024&to=2026", "案件调查经费");
		answers("/api/library?q=满意度", "满意度");
		answers("/api/library/export?q=满意度&format=csv", "满意度");
		answers("/api/library/indicator?level2=服务对象满意度指标&key=" + satisfactionKey, "满意度");
		answers("/api/execution", "征地养老慰问经费");
		answers("/api/execution/" + tracking, "monthsElapsed");
		answers("/api/import/recent", ".txt");
		assertThat(this.jdbc.queryForObject("select count(distinct filing_id) from review_finding where rule_id = ?",
				Long.class, TestReviewRules.SATISFACTION))
			.isEqualTo(3);
		answers("/api/review/rules", "\"filings\":3");
		answers("/api/review/summary", "上海市松江区就业促进中心");
		answers("/api/review/summary/export?year=2025&format=csv", "合计");
		answers("/api/search?type=project&finding=" + TestReviewRules.SATISFACTION, "\"total\":3");
		answers("/api/library?finding=" + TestReviewRules.SATISFACTION, "使用者满意度");
		answers("/api/filings/"
				+ this.jdbc.queryForObject("select min(filing_id) from review_finding where rule_id = ?", Long.class,
						TestReviewRules.SATISFACTION),
				"满意度指标应写比例");
	}

	@Test
	void draftingAnswersOnMySql() {
		answers("/api/drafting/choices", "上海市闵行区社会保障服务中心");
		answers("/api/drafting/projects?q=鉴定&unit=上海市闵行区社会保障服务中心", "鉴定、认定费");
		Map<String, Object> header = Map.of("projectName", "鉴定、认定费", "unit", "上海市闵行区社会保障服务中心", "year", 2027, "funds",
				Map.of("total", "510000.00"));
		ResponseEntity<String> suggestions = this.rest.postForEntity("/api/drafting/suggestions", header, String.class);
		assertThat(suggestions.getBody()).contains("\"sameLineage\":true", "鉴定对象满意度");
		List<Map<String, Object>> rows = List.of(Map.of("level2", "服务对象满意度指标", "name", "鉴定对象满意度", "target", "≥90%"));
		assertThat(this.rest
			.postForEntity("/api/drafting/review", Map.of("header", header, "indicators", rows), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<?, ?> draft = this.rest.postForObject("/api/drafts", Map.of("header", header, "indicators", rows),
				Map.class);
		String path = "/api/drafts/" + draft.get("id");
		answers(path, "鉴定对象满意度");
		answers("/api/drafts", "鉴定、认定费");
		answers(path + "/export?format=txt", "鉴定对象满意度\t≥90%");
		this.rest.delete(path);
		assertThat(this.rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	/** The path is a URI template: RestTemplate encodes it, Chinese included. */
	private void answers(String path, String expected) {
		ResponseEntity<String> response = this.rest.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).as(path).contains(expected);
	}

}
