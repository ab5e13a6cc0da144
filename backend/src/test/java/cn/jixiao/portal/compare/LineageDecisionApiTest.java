package cn.jixiao.portal.compare;

import cn.jixiao.portal.TestAccounts;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators split and confirm links, each decision recorded with their name; this
 * changes the store, so it runs on a seeded portal of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class LineageDecisionApiTest {

	@DynamicPropertySource
	static void ownStore(DynamicPropertyRegistry registry) {
		Path dir = SeededPortalTest.newDataDir("jixiao-compare-decisions");
		registry.add("jixiao.data-dir", dir::toString);
		registry.add("jixiao.seeds.dir", () -> Path.of("..", "seeds").toString());
	}

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void splittingAndConfirmingRelinksTheUnit() {
		long project = get("/api/compare/projects?q=案件调查经费").get(0).path("projectId").asLong();
		JsonNode lineage = get("/api/compare/lineage?project=" + project);
		long travel = lineage.path("filings").get(0).path("filingId").asLong();
		long investigation = lineage.path("filings").get(1).path("filingId").asLong();

		JsonNode split = post(travel, investigation, "SPLIT");
		assertThat(split.path("projectId").asLong()).isNotEqualTo(split.path("otherProjectId").asLong());
		JsonNode before = get("/api/compare/lineage?project=" + split.path("projectId").asLong());
		assertThat(before.path("filings")).hasSize(1);
		assertThat(before.path("links")).isEmpty();
		assertThat(before.path("splits").get(0).path("otherName").asText()).isEqualTo("案件调查经费");
		assertThat(get("/api/compare/projects?q=案件调查经费").get(0).path("names")).hasSize(1);

		JsonNode confirmed = post(travel, investigation, "CONFIRM");
		assertThat(confirmed.path("projectId").asLong()).isEqualTo(confirmed.path("otherProjectId").asLong());
		JsonNode after = get("/api/compare/lineage?project=" + confirmed.path("projectId").asLong());
		assertThat(after.path("links").get(0).path("reason").asText()).isEqualTo("CONFIRMED");
		assertThat(after.path("splits")).isEmpty();

		assertThat(this.jdbc.queryForList("select decided_by from lineage_decision", String.class))
			.containsOnly(TestAccounts.ADMIN);
		assertThat(this.jdbc.queryForList("select who || ' ' || action from audit_log order by id", String.class))
			.containsExactly(TestAccounts.ADMIN + " lineage.split", TestAccounts.ADMIN + " lineage.confirm");
	}

	@Test
	void refusesLinksBetweenFilingsOfTheSameName() {
		long project = get("/api/compare/projects?q=宣传费").get(0).path("projectId").asLong();
		JsonNode lineage = get("/api/compare/lineage?project=" + project);
		assertThat(lineage.path("links").get(0).path("decidable").asBoolean()).isFalse();
		ResponseEntity<Map> response = this.rest.postForEntity(
				"/api/compare/decisions", Map.of("filingId", lineage.path("filings").get(0).path("filingId").asLong(),
						"otherFilingId", lineage.path("filings").get(1).path("filingId").asLong(), "verdict", "SPLIT"),
				Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains("名称相同");
	}

	private JsonNode post(long filing, long other, String verdict) {
		ResponseEntity<JsonNode> response = this.rest.postForEntity("/api/compare/decisions",
				Map.of("filingId", filing, "otherFilingId", other, "verdict", verdict), JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
