package cn.jixiao.portal.library;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import cn.jixiao.portal.review.ReviewedPortalTest;
import cn.jixiao.portal.review.TestReviewRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library by finding counts only the indicators of filings with a finding of the
 * rule: the three seed forms with a 满意度 indicator without a number.
 */
class LibraryFindingApiTest extends ReviewedPortalTest {

	private static final String LEVEL2 = "服务对象满意度指标";

	@Autowired
	private TestRestTemplate rest;

	@Test
	void groupsCountOnlyTheIndicatorsOfFilingsWithTheFinding() {
		JsonNode page = get("/api/library", Map.of("finding", TestReviewRules.SATISFACTION, "size", "200"));
		long indicators = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM indicator WHERE level2 IS NOT NULL AND filing_id IN
				(SELECT filing_id FROM review_finding WHERE rule_id = ?)""", Long.class, TestReviewRules.SATISFACTION);
		assertThat(page.path("uses").asLong()).isEqualTo(indicators).isEqualTo(25);
		List<JsonNode> rows = rows(page);
		assertThat(rows).allSatisfy((row) -> assertThat(row.path("filings").asInt()).isBetween(1, 3));
		JsonNode user = rows.stream()
			.filter((row) -> row.path("key").asText().equals("使用者满意度"))
			.findFirst()
			.orElseThrow();
		assertThat(user.path("filings").asInt()).isEqualTo(1);
		assertThat(userGroup(Map.of()).path("filings").asInt()).isEqualTo(4);
	}

	@Test
	void theDetailOfAGroupKeepsTheFinding() {
		JsonNode detail = get("/api/library/indicator",
				Map.of("level2", LEVEL2, "key", "使用者满意度", "finding", TestReviewRules.SATISFACTION));
		assertThat(detail.path("examples")).hasSize(1);
		assertThat(detail.path("examples").get(0).path("projectName").asText()).isEqualTo("网络信息系统运行与维护");
		assertThat(detail.path("examples").get(0).path("target").asText()).isEqualTo("满意");
	}

	@Test
	void aRuleWithoutFindingsLeavesAnEmptyLibrary() {
		JsonNode page = get("/api/library", Map.of("finding", "no-such-rule"));
		assertThat(page.path("total").asInt()).isZero();
		assertThat(get("/api/library", Map.of()).path("total").asInt()).isPositive();
	}

	private JsonNode userGroup(Map<String, String> filter) {
		Map<String, String> params = new HashMap<>(filter);
		params.put("q", "使用者满意度");
		return rows(get("/api/library", params)).stream()
			.filter((row) -> row.path("key").asText().equals("使用者满意度"))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode get(String path, Map<String, String> params) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity(uri(path, params), JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static URI uri(String path, Map<String, String> params) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		params.forEach(builder::queryParam);
		return builder.encode().build().toUri();
	}

	private static List<JsonNode> rows(JsonNode page) {
		List<JsonNode> rows = new ArrayList<>();
		page.path("rows").forEach(rows::add);
		return rows;
	}

}
