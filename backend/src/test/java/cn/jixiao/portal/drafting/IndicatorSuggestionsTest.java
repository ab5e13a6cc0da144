package cn.jixiao.portal.drafting;

import java.io.IOException;
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

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions on the seeded store: 闵行's 鉴定、认定费 has 2024 tracking and 2026 targets, so a
 * 2027 draft of it gets that project's indicators first; a new unit's draft gets those of
 * projects alike by name and goal. Usage and usual targets are checked against the seeds
 * as the parser reads them.
 */
class IndicatorSuggestionsTest extends SeededPortalTest {

	/** Per "level2|name key": the seed forms using it, and per target how many. */
	private static final Map<String, Map<String, Set<String>>> SEED_TARGETS = new HashMap<>();

	private static Filing minhang2026;

	@Autowired
	private TestRestTemplate rest;

	@BeforeAll
	static void readSeeds() throws IOException {
		FilingParser parser = new FilingParser();
		try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
			for (Path file : files.sorted().toList()) {
				for (Filing form : parser.parse(file).forms()) {
					if ("鉴定、认定费".equals(form.projectName()) && Integer.valueOf(2026).equals(form.year())) {
						minhang2026 = form;
					}
					for (Indicator indicator : form.indicators()) {
						SEED_TARGETS
							.computeIfAbsent(indicator.level2() + "|" + NameKeys.indicator(indicator.name()),
									(key) -> new HashMap<>())
							.computeIfAbsent(String.valueOf(indicator.target()), (target) -> new HashSet<>())
							.add(form.source() + "#" + form.index());
					}
				}
			}
		}
	}

	@Test
	void theSameProjectInOtherYearsComesFirstUnderEveryLevel() {
		JsonNode suggestions = suggest(
				Map.of("projectName", "鉴定、认定费", "unit", SampleDrafts.MINHANG_CENTRE, "year", 2027));
		JsonNode basis = suggestions.path("basis");
		assertThat(basis.get(0).path("year").asInt()).isEqualTo(2026);
		assertThat(basis.get(0).path("kind").asText()).isEqualTo("target");
		assertThat(basis.get(1).path("year").asInt()).isEqualTo(2024);
		assertThat(basis.get(1).path("kind").asText()).isEqualTo("tracking");
		assertThat(List.of(basis.get(0), basis.get(1))).allSatisfy((filing) -> {
			assertThat(filing.path("projectName").asText()).isEqualTo("鉴定、认定费");
			assertThat(filing.path("sameLineage").asBoolean()).isTrue();
		});
		assertThat(basis.size()).as("alike projects besides").isGreaterThan(2);
		assertThat(basis.get(2).path("sameLineage").asBoolean()).isFalse();

		Map<String, JsonNode> byName = new HashMap<>();
		for (JsonNode group : suggestions.path("groups")) {
			boolean others = false;
			for (JsonNode suggestion : group.path("suggestions")) {
				byName.put(suggestion.path("name").asText(), suggestion);
				boolean lineage = suggestion.path("sameLineage").asBoolean();
				assertThat(lineage && others).as("%s after another project's", suggestion.path("name")).isFalse();
				others |= !lineage;
				assertThat(suggestion.path("level1").asText()).isEqualTo(group.path("level1").asText());
				assertThat(suggestion.path("level2").asText()).isEqualTo(group.path("level2").asText());
			}
		}
		assertThat(minhang2026.indicators()).hasSize(8).allSatisfy((indicator) -> {
			JsonNode suggestion = byName.get(indicator.name());
			assertThat(suggestion).as(indicator.name()).isNotNull();
			assertThat(suggestion.path("sameLineage").asBoolean()).isTrue();
			assertThat(suggestion.path("level2").asText()).isEqualTo(indicator.level2());
			assertThat(suggestion.path("lastTarget").asText()).isEqualTo(indicator.target());
			assertThat(suggestion.path("from").path("year").asInt()).isEqualTo(2026);
			assertThat(suggestion.path("from").path("sameLineage").asBoolean()).isTrue();
		});
		JsonNode first = suggestions.path("groups").get(0);
		assertThat(first.path("level2").asText()).as("the taxonomy's order").isEqualTo("经济成本指标");
	}

	@Test
	void eachSuggestionHasItsUsualTargetAndHowManyFilingsUseIt() {
		JsonNode suggestions = suggest(
				Map.of("projectName", "鉴定、认定费", "unit", SampleDrafts.MINHANG_CENTRE, "annualGoal", SampleDrafts.GOAL));
		Set<String> keys = new HashSet<>();
		int checked = 0;
		for (JsonNode group : suggestions.path("groups")) {
			for (JsonNode suggestion : group.path("suggestions")) {
				String key = suggestion.path("key").asText();
				assertThat(keys.add(key)).as("one suggestion per name key: %s", key).isTrue();
				Map<String, Set<String>> targets = SEED_TARGETS.get(suggestion.path("level2").asText() + "|" + key);
				assertThat(targets).as(key).isNotNull();
				Set<String> forms = new HashSet<>();
				targets.values().forEach(forms::addAll);
				assertThat(suggestion.path("filings").asLong()).as(key).isEqualTo(forms.size());
				int most = targets.entrySet()
					.stream()
					.filter((entry) -> !entry.getKey().equals("null"))
					.mapToInt((entry) -> entry.getValue().size())
					.max()
					.orElse(0);
				assertThat(suggestion.path("targetFilings").asInt()).as(key).isEqualTo(most);
				assertThat(targets.get(suggestion.path("target").asText())).as(key).hasSize(most);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(20);
		JsonNode satisfaction = find(suggestions, "鉴定对象满意度");
		assertThat(satisfaction.path("target").asText()).as("2026's ≥ wins the tie with 2024's >")
			.isEqualTo("≥90.00(%)");
		assertThat(satisfaction.path("filings").asInt()).isEqualTo(2);
	}

	@Test
	void aNewUnitsDraftDrawsOnProjectsAlikeByNameAndGoal() {
		JsonNode suggestions = suggest(
				Map.of("projectName", "政策宣传经费", "unit", "上海市某新设事业单位", "annualGoal", "做好社保政策宣传，宣传品按时制作，政策宣传覆盖率达到100%。"));
		JsonNode basis = suggestions.path("basis");
		assertThat(basis.findValuesAsText("sameLineage")).containsOnly("false");
		assertThat(basis.get(0).path("projectName").asText()).isEqualTo("宣传费");
		assertThat(basis.findValuesAsText("projectName")).contains("宣传与推广");
		JsonNode coverage = find(suggestions, "政策宣传覆盖率");
		assertThat(coverage.path("sameLineage").asBoolean()).isFalse();
		assertThat(coverage.path("lastTarget").isNull()).isTrue();
		assertThat(coverage.path("from").path("projectName").asText()).isEqualTo("宣传费");
		List<String> level2s = new ArrayList<>();
		for (JsonNode group : suggestions.path("groups")) {
			level2s.add(group.path("level2").asText());
			assertThat(group.path("suggestions").size()).isBetween(1, IndicatorSuggestions.PER_LEVEL2);
		}
		assertThat(level2s).doesNotHaveDuplicates().hasSizeGreaterThan(3);
	}

	@Test
	void aDraftWithoutNameOrGoalGetsNone() {
		JsonNode suggestions = suggest(Map.of("unit", SampleDrafts.MINHANG_CENTRE, "year", 2027));
		assertThat(suggestions.path("basis")).isEmpty();
		assertThat(suggestions.path("groups")).isEmpty();
	}

	private static JsonNode find(JsonNode suggestions, String name) {
		List<JsonNode> found = new ArrayList<>();
		suggestions.path("groups").forEach((group) -> group.path("suggestions").forEach((suggestion) -> {
			if (suggestion.path("name").asText().equals(name)) {
				found.add(suggestion);
			}
		}));
		assertThat(found).as(name).hasSize(1);
		return found.get(0);
	}

	private JsonNode suggest(Map<String, Object> header) {
		ResponseEntity<JsonNode> response = this.rest.postForEntity("/api/drafting/suggestions", header,
				JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
