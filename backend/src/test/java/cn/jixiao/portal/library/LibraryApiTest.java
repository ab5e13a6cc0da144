package cn.jixiao.portal.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's counts against the seeds as the parser reads them, independently of the
 * store's SQL: every group's filings, units and uses.
 */
class LibraryApiTest extends SeededPortalTest {

	private static final String SATISFACTION = "服务对象满意度指标";

	private static final String MINHANG_CENTRE = "上海市闵行区社会保障服务中心";

	/** Per "level2|key": filings (source#index), units (by key), uses. */
	private static final Map<String, Tally> EXPECTED = new HashMap<>();

	/** Seed indicators with a 二级指标 (the library's scope). */
	private static int withLevel2;

	@Autowired
	private TestRestTemplate rest;

	record Tally(Set<String> filings, Set<String> units, int[] uses) {
	}

	@BeforeAll
	static void readSeeds() throws IOException {
		FilingParser parser = new FilingParser();
		try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
			for (Path file : files.sorted().toList()) {
				for (Filing form : parser.parse(file).forms()) {
					for (Indicator indicator : form.indicators()) {
						if (indicator.level2() == null) {
							continue;
						}
						withLevel2++;
						Tally tally = EXPECTED.computeIfAbsent(
								indicator.level2() + "|" + NameKeys.indicator(indicator.name()),
								(k) -> new Tally(new HashSet<>(), new HashSet<>(), new int[1]));
						tally.filings().add(form.source() + "#" + form.index());
						if (form.unit() != null) {
							tally.units().add(NameKeys.organisation(form.unit()));
						}
						tally.uses()[0]++;
					}
				}
			}
		}
	}

	@Test
	void everyGroupCountsWhatTheSeedsHold() {
		List<JsonNode> rows = allRows(Map.of());
		assertThat(rows).hasSize(EXPECTED.size());
		for (JsonNode row : rows) {
			Tally tally = EXPECTED.get(row.get("level2").asText() + "|" + row.get("key").asText());
			assertThat(tally).as(row.get("key").asText()).isNotNull();
			assertThat(row.get("filings").asInt()).as(row.get("key").asText()).isEqualTo(tally.filings().size());
			assertThat(row.get("units").asInt()).as(row.get("key").asText()).isEqualTo(tally.units().size());
			assertThat(row.get("uses").asInt()).as(row.get("key").asText()).isEqualTo(tally.uses()[0]);
		}
		assertThat(rows.stream().mapToInt((row) -> row.get("uses").asInt()).sum()).isEqualTo(withLevel2);
		assertThat(withLevel2).isGreaterThan(700);
	}

	@Test
	void findsTheSatisfactionGroupWithItsTargetsAndScore() {
		JsonNode page = get("/api/library", Map.of("q", "满意度"));
		List<JsonNode> rows = list(page.get("rows"));
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.get("key").asText()).contains("满意度"));
		JsonNode group = rows.stream()
			.filter((row) -> row.get("key").asText().equals("服务对象满意度"))
			.findFirst()
			.orElseThrow();
		Tally tally = EXPECTED.get(SATISFACTION + "|服务对象满意度");
		assertThat(group.get("level1").asText()).isEqualTo("满意度指标");
		assertThat(group.get("filings").asInt()).isEqualTo(tally.filings().size()).isEqualTo(5);
		assertThat(group.at("/targets/0/label").asText()).isEqualTo("≥90%");
		assertThat(group.at("/targets/0/filings").asInt()).isEqualTo(5);
		assertThat(group.at("/stats/0/median").decimalValue()).isEqualByComparingTo("90");
		assertThat(group.get("score").asInt()).isEqualTo(100);
		JsonNode user = rows.stream()
			.filter((row) -> row.get("key").asText().equals("使用者满意度"))
			.findFirst()
			.orElseThrow();
		assertThat(user.get("score").asInt()).isLessThan(100);
		assertThat(user.at("/reasons/0/text").asText()).contains("满意度指标应写比例").contains("满意");
	}

	@Test
	void filtersByUnitCountOnlyThatUnitsFilings() {
		JsonNode filters = get("/api/library/filters", Map.of());
		String unit = list(filters.get("units")).stream()
			.filter((u) -> u.get("name").asText().equals(MINHANG_CENTRE))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asText();
		List<JsonNode> rows = allRows(Map.of("unit", unit));
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.get("units").asInt()).isEqualTo(1));
		assertThat(rows.stream().mapToInt((row) -> row.get("uses").asInt()).sum())
			.isLessThan(allRows(Map.of()).stream().mapToInt((row) -> row.get("uses").asInt()).sum());
		JsonNode cost = rows.stream()
			.filter((row) -> row.get("key").asText().equals("成本控制有效性"))
			.findFirst()
			.orElseThrow();
		assertThat(cost.get("attainment").get("reported").asInt()).isPositive();
	}

	@Test
	void sortsByScoreAndByName() {
		List<Integer> scores = allRows(Map.of("sort", "score")).stream().map((r) -> r.get("score").asInt()).toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
		assertThat(scores.get(scores.size() - 1)).isLessThan(scores.get(0));
		List<Integer> ascending = allRows(Map.of("sort", "score", "dir", "asc")).stream()
			.map((r) -> r.get("score").asInt())
			.toList();
		assertThat(ascending).isSorted();
		ResponseEntity<String> bad = this.rest.getForEntity("/api/library?sort=colour", String.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void detailHoldsEveryUseAndTheTrackingValues() {
		JsonNode detail = get("/api/library/indicator", Map.of("level2", "时效指标", "key", "鉴定工作完成及时性"));
		Tally tally = EXPECTED.get("时效指标|鉴定工作完成及时性");
		assertThat(detail.get("exampleTotal").asInt()).isEqualTo(tally.uses()[0]);
		assertThat(list(detail.get("examples"))).hasSize(tally.uses()[0])
			.allSatisfy((e) -> assertThat(e.get("filingId").asLong()).isPositive());
		assertThat(detail.get("actualTotal").asInt()).isEqualTo(1);
		JsonNode actual = detail.at("/actuals/0");
		assertThat(actual.get("planned").asText()).isEqualTo("100.00");
		assertThat(actual.get("actual").asText()).isEqualTo("99.97");
		assertThat(actual.get("outcome").asText()).isEqualTo("missed");
		assertThat(detail.at("/group/attainment/missed").asInt()).isEqualTo(1);
		ResponseEntity<String> missing = this.rest
			.getForEntity(uri("/api/library/indicator", Map.of("level2", "时效指标", "key", "没有这个指标")), String.class);
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void exportsTheListAndTheDetailTables() {
		ResponseEntity<byte[]> csv = this.rest
			.getForEntity(uri("/api/library/export", Map.of("q", "满意度", "format", "csv")), byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		String text = new String(csv.getBody(), StandardCharsets.UTF_8);
		assertThat(text).contains("一级指标,二级指标,指标名称").contains("服务对象满意度").contains("≥90% ×5");
		ResponseEntity<byte[]> targets = this.rest.getForEntity(
				uri("/api/library/indicator/export",
						Map.of("level2", SATISFACTION, "key", "使用者满意度", "table", "targets", "format", "xlsx")),
				byte[].class);
		assertThat(targets.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(targets.getBody()).startsWith('P', 'K');
		ResponseEntity<byte[]> examples = this.rest.getForEntity(
				uri("/api/library/indicator/export",
						Map.of("level2", SATISFACTION, "key", "使用者满意度", "table", "examples", "format", "csv")),
				byte[].class);
		assertThat(new String(examples.getBody(), StandardCharsets.UTF_8).lines()).hasSize(1 + 4);
	}

	private List<JsonNode> allRows(Map<String, String> params) {
		List<JsonNode> rows = new ArrayList<>();
		int page = 1;
		JsonNode result;
		do {
			Map<String, String> withPage = new HashMap<>(params);
			withPage.put("page", String.valueOf(page++));
			withPage.put("size", "200");
			result = get("/api/library", withPage);
			rows.addAll(list(result.get("rows")));
		}
		while (result.get("page").asInt() < result.get("pages").asInt());
		return rows;
	}

	private JsonNode get(String path, Map<String, String> params) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity(uri(path, params), JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static java.net.URI uri(String path, Map<String, String> params) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		params.forEach(builder::queryParam);
		return builder.encode().build().toUri();
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

}
