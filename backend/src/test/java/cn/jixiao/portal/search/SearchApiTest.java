package cn.jixiao.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

class SearchApiTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	private JsonNode search(String query) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity("/api/search?" + query, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.path(field).asText(null)));
		return values;
	}

	@Test
	void satisfactionFindsSatisfactionRateThroughTheShippedSynonyms() {
		JsonNode result = search("q=满意度&size=200");
		assertThat(result.path("synonyms").path("满意度").get(0).asText()).isEqualTo("满意率");
		assertThat(values(result.path("hits"), "name")).contains("参保单位经办服务满意率", "鉴定对象满意度");
		JsonNode first = result.path("hits").get(0);
		assertThat(first.path("type").asText()).isEqualTo("indicator");
		assertThat(first.path("highlights").path("name").asText()).contains("<mark>满意度</mark>");
		assertThat(first.path("level1").asText()).isEqualTo("满意度指标");
	}

	@Test
	void targetConditionsAreRecognisedAndApplied() {
		JsonNode result = search("q=满意度 指标值<95%&size=200");
		assertThat(result.path("text").asText()).isEqualTo("满意度");
		assertThat(values(result.path("conditions"), "label")).containsExactly("指标值 < 95%");
		assertThat(result.path("total").asLong()).isPositive();
		result.path("hits").forEach((hit) -> {
			assertThat(hit.path("valueUnit").asText()).isEqualTo("%");
			assertThat(hit.path("valueNumber").decimalValue()).isLessThan(new java.math.BigDecimal("95"));
		});
		JsonNode perPerson = search("q=单位=元/人&size=200");
		assertThat(perPerson.path("total").asLong()).isPositive();
		assertThat(values(perPerson.path("hits"), "valueUnit")).containsOnly("元/人");
	}

	@Test
	void facetsNarrowAndCountWithSeveralValuesPerFacet() {
		JsonNode all = search("q=满意度");
		String songjiang = values(all.path("facets").path("unit"), "value").stream()
			.filter((unit) -> unit.contains("松江"))
			.findFirst()
			.orElseThrow();
		JsonNode narrowed = search("q=满意度&unit=" + songjiang + "&year=2025&size=200");
		assertThat(narrowed.path("total").asLong()).isPositive().isLessThan(all.path("total").asLong());
		assertThat(values(narrowed.path("hits"), "unit")).containsOnly(songjiang);
		assertThat(values(narrowed.path("facets").path("year"), "value")).containsExactly("2025");
		JsonNode twoYears = search("year=2022&year=2026");
		assertThat(twoYears.path("total").asLong()).isEqualTo(62 + 61);
		assertThat(values(all.path("facets").path("kind"), "value")).contains("target", "tracking");
	}

	@Test
	void formKindsAreSentByTheirCodeAndAcceptedInEitherSpelling() {
		JsonNode tracking = search("kind=tracking&size=200");
		assertThat(tracking.path("total").asLong()).isPositive();
		assertThat(values(tracking.path("hits"), "kind")).containsOnly("tracking");
		assertThat(values(tracking.path("facets").path("kind"), "value")).containsExactly("tracking");
		assertThat(search("kind=TRACKING").path("total").asLong()).isEqualTo(tracking.path("total").asLong());
	}

	@Test
	void typeFilterReturnsProjectsOrIndicators() {
		JsonNode projects = search("q=鉴定&type=project");
		assertThat(values(projects.path("hits"), "type")).isNotEmpty().containsOnly("project");
		JsonNode indicators = search("q=鉴定&type=indicator");
		assertThat(values(indicators.path("hits"), "type")).isNotEmpty().containsOnly("indicator");
		assertThat(this.rest.getForEntity("/api/search?type=x", String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void pagesAndYearSort() {
		JsonNode first = search("sort=year&page=0&size=10");
		JsonNode second = search("sort=year&page=1&size=10");
		assertThat(first.path("hits").get(0).path("year").asInt()).isEqualTo(2026);
		assertThat(values(first.path("hits"), "id")).doesNotContainAnyElementsOf(values(second.path("hits"), "id"));
		assertThat(second.path("page").asInt()).isEqualTo(1);
	}

	@Test
	void exportsTheWholeResultList() {
		ResponseEntity<byte[]> csv = this.rest.getForEntity("/api/search/export?q=满意度&year=2025&format=csv",
				byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		String text = new String(csv.getBody(), StandardCharsets.UTF_8);
		long total = search("q=满意度&year=2025").path("total").asLong();
		assertThat(text.lines().count()).isEqualTo(total + 1);
		assertThat(text.lines().findFirst().orElseThrow()).contains("一级指标", "指标值", "实施单位");
		ResponseEntity<byte[]> xlsx = this.rest.getForEntity("/api/search/export?q=满意度&format=xlsx", byte[].class);
		assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
	}

	@Test
	void suggestsNamesContainingTheText() {
		String[] names = this.rest.getForObject("/api/search/suggest?q=满意&limit=5", String[].class);
		assertThat(names).hasSize(5).allSatisfy((name) -> assertThat(name).contains("满意"));
	}

	@Test
	void synonymListCanBeReadAndReplaced() {
		Map<?, ?> shipped = this.rest.getForObject("/api/search/synonyms", Map.class);
		String original = (String) shipped.get("text");
		assertThat(original).contains("满意度 满意率");
		try {
			ResponseEntity<JsonNode> saved = this.rest.exchange("/api/search/synonyms", HttpMethod.PUT,
					new HttpEntity<>(Map.of("text", "鉴定 认定\n")), JsonNode.class);
			assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(saved.getBody().path("groups")).hasSize(1);
			assertThat(search("q=满意度").path("synonyms").isEmpty()).isTrue();
			assertThat(search("q=鉴定").path("synonyms").path("鉴定").get(0).asText()).isEqualTo("认定");
		}
		finally {
			this.rest.exchange("/api/search/synonyms", HttpMethod.PUT, new HttpEntity<>(Map.of("text", original)),
					JsonNode.class);
		}
		assertThat(search("q=满意度").path("synonyms").has("满意度")).isTrue();
	}

}
