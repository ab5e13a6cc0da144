package cn.jixiao.portal.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.jixiao.indexer.store.DraftRow;
import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What helps write a draft, on the seeded portal: the fields' choices with the stored
 * units and their departments, project names for type-ahead, and the live review.
 */
class DraftingApiTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void offersTheStoredUnitsWithTheirDepartmentAndTheFormsChoices() {
		JsonNode choices = get("/api/drafting/choices");
		assertThat(texts(choices.path("natures"))).containsExactly("经常性项目", "一次性项目", "其他经常性项目", "其他一次性项目");
		assertThat(texts(choices.path("categories"))).containsExactly("特定目标类", "其他运转类");
		assertThat(texts(choices.path("levels").path("满意度指标"))).containsExactly("服务对象满意度指标");
		assertThat(choices.path("units").findValuesAsText("name")).contains(SampleDrafts.MINHANG_CENTRE)
			.doesNotHaveDuplicates();
		assertThat(choices.path("units"))
			.anySatisfy((unit) -> assertThat(unit.path("name").asText() + " " + unit.path("department").asText())
				.isEqualTo(SampleDrafts.MINHANG_CENTRE + " 上海市闵行区人力资源和社会保障局(汇总)"));
		assertThat(texts(choices.path("departments"))).contains("上海市闵行区人力资源和社会保障局(汇总)");
	}

	@Test
	void offersProjectNamesTheUnitsOwnFirst() {
		assertThat(texts(get("/api/drafting/projects?q=鉴定&unit=" + SampleDrafts.MINHANG_CENTRE))).first()
			.isEqualTo("鉴定、认定费");
		assertThat(texts(get("/api/drafting/projects?q=认定费"))).containsExactly("鉴定、认定费");
		assertThat(texts(get("/api/drafting/projects?q=_"))).as("a wildcard is a character").isEmpty();
		assertThat(texts(get("/api/drafting/projects"))).hasSize(DraftingOptions.PROJECT_NAMES);
	}

	@Test
	void reviewsADraftAsItStandsAndPlacesFindingsOnItsRows() {
		DraftForm draft = new DraftForm(SampleDrafts.minhang().header(),
				List.of(new DraftRow(null, "数量指标", "鉴定工作完成率", "=100%", DraftRow.Origin.OWN, null),
						new DraftRow(null, "质量指标", "", null, DraftRow.Origin.OWN, null),
						new DraftRow(null, "服务对象满意度指标", "鉴定对象满意度", "满意", DraftRow.Origin.OWN, null)));
		ResponseEntity<JsonNode> response = this.rest.postForEntity("/api/drafting/review", draft, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().isArray()).isTrue();
		for (JsonNode finding : response.getBody()) {
			assertThat(finding.path("severity").asText()).isIn("ERROR", "WARNING", "NOTE");
			if (!finding.path("row").isNull()) {
				assertThat(finding.path("row").asInt()).as("a row with a name").isIn(0, 2);
			}
		}
		assertThat(get("/api/drafts")).as("reviewing saves nothing").isEmpty();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity(path, JsonNode.class, Map.of());
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
