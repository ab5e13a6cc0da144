package cn.jixiao.portal.filing;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

class FilingApiTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	private long filingId(String kind, String projectName) {
		return this.jdbc.queryForObject("SELECT MIN(id) FROM filing WHERE kind = ? AND project_name = ?", Long.class,
				kind, projectName);
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	@Test
	void targetFormComesWithHeaderFundsAndIndicatorsGroupedByLevel() {
		long id = filingId("TARGET", "鉴定、认定费");
		JsonNode filing = get("/api/filings/" + id);
		assertThat(filing.path("kind").asText()).isEqualTo("target");
		assertThat(filing.path("unit").asText()).isEqualTo("上海市闵行区社会保障服务中心");
		assertThat(filing.path("year").asInt()).isEqualTo(2026);
		assertThat(filing.path("funds").path("total").decimalValue()).isEqualByComparingTo("510000");
		assertThat(filing.path("execution").isNull()).isTrue();
		JsonNode levels = filing.path("levels");
		int rows = 0;
		for (JsonNode level1 : levels) {
			int inLevel = 0;
			for (JsonNode level2 : level1.path("groups")) {
				inLevel += level2.path("rows").size();
			}
			assertThat(level1.path("rowCount").asInt()).isEqualTo(inLevel);
			rows += inLevel;
		}
		assertThat(rows).isEqualTo(filing.path("indicatorCount").asInt()).isPositive();
		assertThat(levels.findValuesAsText("level1")).contains("产出指标", "满意度指标");
		assertThat(filing.path("source").path("fileName").asText()).isEqualTo("000_84ecacd54c532934.txt");
		assertThat(filing.path("projectId").isNumber()).isTrue();
	}

	@Test
	void trackingFormComesWithExecutionAndPlannedActualValues() {
		long id = this.jdbc.queryForObject("SELECT MIN(id) FROM filing WHERE kind = 'TRACKING'", Long.class);
		JsonNode filing = get("/api/filings/" + id);
		assertThat(filing.path("periodFrom").asText()).isEqualTo("2024-01");
		assertThat(filing.path("periodTo").asText()).isEqualTo("2024-08");
		JsonNode execution = filing.path("execution");
		assertThat(execution.path("periodBudget").isNumber()).isTrue();
		assertThat(execution.path("computedRatePercent").isNumber()).isTrue();
		assertThat(filing.path("levels").findValues("actual")).isNotEmpty();
	}

	@Test
	void unknownFilingIsNotFound() {
		ResponseEntity<String> response = this.rest.getForEntity("/api/filings/999999999", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).contains("找不到");
	}

	@Test
	void sourceShowsTheFileLineByLineWithItsForms() throws Exception {
		long id = filingId("TARGET", "鉴定、认定费");
		JsonNode filing = get("/api/filings/" + id);
		JsonNode source = get("/api/sources/000_84ecacd54c532934.txt");
		assertThat(source.path("textKept").asBoolean()).isTrue();
		String original = java.nio.file.Files
			.readString(java.nio.file.Path.of("..", "seeds", "000_84ecacd54c532934.txt"));
		assertThat(source.path("lines").size()).isEqualTo((int) original.lines().count());
		int first = filing.path("source").path("firstLine").asInt();
		int last = filing.path("source").path("lastLine").asInt();
		String formText = String.join("\n", original.lines().toList().subList(first - 1, last));
		assertThat(formText).contains("鉴定、认定费");
		assertThat(source.path("lines").get(first - 1).asText()).isEqualTo(original.lines().toList().get(first - 1));
		assertThat(source.path("forms")).hasSize(7);
		assertThat(this.rest.getForEntity("/api/sources/nothing.txt", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void exportsTheIndicatorTable() {
		long id = this.jdbc.queryForObject("SELECT MIN(id) FROM filing WHERE kind = 'TRACKING'", Long.class);
		ResponseEntity<byte[]> csv = this.rest.getForEntity("/api/filings/" + id + "/export?format=csv", byte[].class);
		String text = new String(csv.getBody(), StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst().orElseThrow()).contains("一级指标", "跟踪期实际完成值", "原文行");
		assertThat(text.lines().count()).isEqualTo(1 + get("/api/filings/" + id).path("indicatorCount").asLong());
	}

	@Test
	void pagesRender() {
		long id = filingId("TARGET", "鉴定、认定费");
		assertThat(this.rest.getForObject("/filings/" + id, String.class)).contains("filing.js");
		assertThat(this.rest.getForObject("/sources/000_84ecacd54c532934.txt", String.class)).contains("filing.js");
	}

}
