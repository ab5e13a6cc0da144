package cn.jixiao.portal.filing;

import java.util.ArrayList;
import java.util.List;

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
 * The filing API carries the stored findings: counts by severity and the form's own
 * findings in a review block, each indicator row's findings on the row.
 */
class FilingFindingsApiTest extends ReviewedPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void anIndicatorFindingComesOnItsRowWithTheLibrarysFix() {
		JsonNode filing = get(filingId("网络信息系统运行与维护", "人力资源和社会保障局", 2025));
		JsonNode row = rowNamed(filing, "使用者满意度");
		assertThat(row.path("findings")).hasSize(1);
		JsonNode finding = row.path("findings").get(0);
		assertThat(finding.path("rule").asText()).isEqualTo(TestReviewRules.SATISFACTION);
		assertThat(finding.path("ruleName").asText()).isEqualTo("满意度未写比例");
		assertThat(finding.path("severity").asText()).isEqualTo("error");
		assertThat(finding.path("explanation").asText()).contains("“满意”");
		assertThat(finding.path("suggestion").path("name").asText()).isEqualTo("使用者满意度");
		assertThat(finding.path("suggestion").path("target").asText()).isEqualTo("≥95.00(%)");
		assertThat(finding.path("suggestion").path("filings").asLong()).isEqualTo(2);
		assertThat(rows(filing)).filteredOn((other) -> other != row)
			.allSatisfy((other) -> assertThat(other.path("findings")).isEmpty());
	}

	@Test
	void theReviewBlockCountsBySeverityAndHoldsTheFormsOwnFindings() {
		JsonNode review = get(filingId("网络信息系统运行与维护", "人力资源和社会保障局", 2025)).path("review");
		assertThat(review.path("current").asBoolean()).isTrue();
		assertThat(review.path("reviewedAt").asText()).isNotBlank();
		assertThat(review.path("counts").path("error").asInt()).isEqualTo(1);
		assertThat(review.path("counts").path("warning").asInt()).isZero();
		assertThat(review.path("counts").path("note").asInt()).isEqualTo(1);
		assertThat(review.path("findings")).hasSize(1);
		JsonNode form = review.path("findings").get(0);
		assertThat(form.path("rule").asText()).isEqualTo(TestReviewRules.NO_HISTORY);
		assertThat(form.path("concern").asText()).isEqualTo("form");
		assertThat(form.path("indicatorId").isNull()).isTrue();
	}

	@Test
	void aFilingWithHistoryAndNumbersHasNoFindings() {
		JsonNode filing = get(filingId("鉴定、认定费", "闵行区社会保障服务中心", 2026));
		assertThat(filing.path("review").path("findings")).isEmpty();
		assertThat(filing.path("review").path("counts").path("error").asInt()).isZero();
		assertThat(filing.path("review").path("counts").path("note").asInt()).isZero();
		assertThat(rows(filing)).allSatisfy((row) -> assertThat(row.path("findings")).isEmpty());
	}

	private JsonNode get(long id) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity("/api/filings/" + id, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static List<JsonNode> rows(JsonNode filing) {
		List<JsonNode> rows = new ArrayList<>();
		filing.path("levels")
			.forEach((level1) -> level1.path("groups").forEach((level2) -> level2.path("rows").forEach(rows::add)));
		return rows;
	}

	private static JsonNode rowNamed(JsonNode filing, String name) {
		return rows(filing).stream()
			.filter((row) -> row.path("name").asText().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + name));
	}

}
