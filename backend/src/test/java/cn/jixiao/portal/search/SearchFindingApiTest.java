package cn.jixiao.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.jixiao.portal.review.ReviewedPortalTest;
import cn.jixiao.portal.review.TestReviewRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search keeps the filings with a review finding of the chosen rules, and their
 * indicators, with every other condition: three seed forms have a 满意度 indicator without a
 * number.
 */
class SearchFindingApiTest extends ReviewedPortalTest {

	private static final String SATISFACTION = "finding=" + TestReviewRules.SATISFACTION;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void keepsTheFilingsWithTheFinding() {
		JsonNode projects = search(SATISFACTION + "&type=project&size=200");
		assertThat(names(projects)).containsExactlyInAnyOrder("外省市差旅费", "网络信息系统运行与维护", "编外人员工作经费");
		JsonNode all = search(SATISFACTION + "&size=200");
		assertThat(all.path("total").asLong()).isEqualTo(3 + 8 + 10 + 7);
		assertThat(filingIds(all)).isEqualTo(filingIds(projects));
		assertThat(all.path("facets").path("year")).hasSize(2);
	}

	@Test
	void keepsEveryIndicatorOfThoseFilingsThatMatchesTheWords() {
		JsonNode hits = search("q=满意度&type=indicator&" + SATISFACTION + "&size=200");
		assertThat(names(hits)).contains("被调查者满意度", "案件当事人满意度", "使用者满意度", "非编人员满意度");
		assertThat(filingIds(hits)).isSubsetOf(filingIds(search(SATISFACTION + "&type=project")));
	}

	@Test
	void severalFindingsAreAlternatives() {
		long satisfaction = total(SATISFACTION + "&type=project");
		long noHistory = total("finding=" + TestReviewRules.NO_HISTORY + "&type=project");
		long both = this.jdbc.queryForObject(
				"SELECT COUNT(DISTINCT filing_id) FROM review_finding WHERE rule_id IN (?, ?)", Long.class,
				TestReviewRules.SATISFACTION, TestReviewRules.NO_HISTORY);
		assertThat(noHistory).isPositive();
		assertThat(total(SATISFACTION + "&finding=" + TestReviewRules.NO_HISTORY + "&type=project")).isEqualTo(both)
			.isGreaterThanOrEqualTo(Math.max(satisfaction, noHistory));
	}

	@Test
	void anUnknownRuleKeepsNothing() {
		assertThat(total("finding=no-such-rule")).isZero();
		assertThat(total("")).isEqualTo(787);
	}

	@Test
	void theExportKeepsTheSameHits() {
		ResponseEntity<byte[]> csv = this.rest
			.getForEntity("/api/search/export?format=csv&type=project&" + SATISFACTION, byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(1 + 3);
		assertThat(String.join("\n", lines)).contains("网络信息系统运行与维护", "外省市差旅费");
	}

	@Test
	void theRulesListCountsTheFilingsWithEachFinding() {
		ResponseEntity<JsonNode> response = this.rest.getForEntity("/api/review/rules", JsonNode.class);
		JsonNode rules = response.getBody();
		assertThat(rules).hasSize(2);
		assertThat(rules.get(0).path("id").asText()).isEqualTo(TestReviewRules.SATISFACTION);
		assertThat(rules.get(0).path("name").asText()).isEqualTo("满意度未写比例");
		assertThat(rules.get(0).path("filings").asLong()).isEqualTo(3);
		assertThat(rules.get(1).path("id").asText()).isEqualTo(TestReviewRules.NO_HISTORY);
		assertThat(rules.get(1).path("name").asText()).as("no name in the bundle: the id")
			.isEqualTo(TestReviewRules.NO_HISTORY);
		assertThat(rules.get(1).path("filings").asLong())
			.isEqualTo(total("finding=" + TestReviewRules.NO_HISTORY + "&type=project"));
	}

	private JsonNode search(String query) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity("/api/search?" + query, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private long total(String query) {
		return search(query).path("total").asLong();
	}

	private static List<String> names(JsonNode result) {
		List<String> names = new ArrayList<>();
		result.path("hits").forEach((hit) -> names.add(hit.path("name").asText()));
		return names;
	}

	private static Set<Long> filingIds(JsonNode result) {
		Set<Long> ids = new HashSet<>();
		result.path("hits").forEach((hit) -> ids.add(hit.path("filingId").asLong()));
		return ids;
	}

}
