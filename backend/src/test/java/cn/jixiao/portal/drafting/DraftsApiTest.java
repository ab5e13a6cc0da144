package cn.jixiao.portal.drafting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.indexer.store.DraftHeader;
import cn.jixiao.indexer.store.DraftRow;
import cn.jixiao.portal.SeededPortalTest;
import cn.jixiao.portal.TestAccounts;
import cn.jixiao.portal.accounts.Role;
import cn.jixiao.portal.accounts.UserStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafts API on the seeded portal: a draft is saved, opened, changed, listed,
 * exported and removed; what cannot be saved is refused in Chinese and leaves nothing
 * behind.
 */
class DraftsApiTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserStore users;

	@AfterEach
	void removeDrafts() {
		this.jdbc.update("DELETE FROM draft");
	}

	@Test
	void savesOpensChangesListsAndRemovesADraft() {
		ResponseEntity<JsonNode> created = this.rest.postForEntity("/api/drafts", SampleDrafts.minhang(),
				JsonNode.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = created.getBody().path("id").asLong();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/drafts/" + id);

		JsonNode opened = get("/api/drafts/" + id);
		assertThat(opened.path("header").path("projectName").asText()).isEqualTo("鉴定、认定费");
		assertThat(opened.path("header").path("funds").path("total").decimalValue()).isEqualByComparingTo("510000");
		assertThat(opened.path("indicators")).hasSize(7);
		JsonNode satisfaction = opened.path("indicators").get(6);
		assertThat(satisfaction.path("name").asText()).isEqualTo("鉴定对象满意度");
		assertThat(satisfaction.path("origin").asText()).isEqualTo("SUGGESTED");
		assertThat(satisfaction.path("source").path("sameLineage").asBoolean()).isTrue();
		assertThat(opened.path("indicators").get(2).path("source").isNull()).isTrue();

		DraftForm longSource = new DraftForm(SampleDrafts.minhang().header(),
				List.of(new DraftRow(null, "数量指标", "鉴定工作完成率", "=100%", DraftRow.Origin.SUGGESTED,
						new DraftRow.SuggestedFrom(1L, "费".repeat(400), 2026, 2, true))));
		JsonNode cut = this.rest.postForEntity("/api/drafts", longSource, JsonNode.class).getBody();
		assertThat(cut.path("indicators").get(0).path("source").path("projectName").asText()).hasSize(300);

		DraftForm changed = new DraftForm(SampleDrafts.minhang().header(),
				List.of(new DraftRow(null, "服务对象满意度指标", "鉴定对象满意度", "满意", DraftRow.Origin.OWN, null)));
		ResponseEntity<JsonNode> saved = this.rest.exchange("/api/drafts/" + id, HttpMethod.PUT,
				new HttpEntity<>(changed), JsonNode.class);
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("/api/drafts/" + id).path("indicators")).singleElement()
			.satisfies((row) -> assertThat(row.path("target").asText()).isEqualTo("满意"));

		JsonNode list = get("/api/drafts");
		assertThat(list).hasSize(2)
			.filteredOn((draft) -> draft.path("id").asLong() == id)
			.singleElement()
			.satisfies((draft) -> {
				assertThat(draft.path("id").asLong()).isEqualTo(id);
				assertThat(draft.path("unit").asText()).isEqualTo(SampleDrafts.MINHANG_CENTRE);
				assertThat(draft.path("year").asInt()).isEqualTo(2027);
				assertThat(draft.path("indicators").asInt()).isEqualTo(1);
			});

		assertThat(this.rest.exchange("/api/drafts/" + id, HttpMethod.DELETE, null, Void.class).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<JsonNode> gone = this.rest.getForEntity("/api/drafts/" + id, JsonNode.class);
		assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(gone.getBody().path("detail").asText()).isEqualTo("找不到草稿（编号 " + id + "）");
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM draft_indicator WHERE draft_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void keepsTextAsTheParserReadsItAndRowsInTheTaxonomysOrder() {
		JsonNode saved = this.rest.postForEntity("/api/drafts", SampleDrafts.messy(), JsonNode.class).getBody();
		assertThat(saved.path("header").path("projectName").asText()).isEqualTo("工伤认定和劳动能力鉴定业务系统（2027年运维）");
		assertThat(saved.path("indicators").findValuesAsText("level2")).containsExactly("经济成本指标", "社会成本指标", "生态环境成本指标",
				"数量指标", "质量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标");
		assertThat(saved.path("indicators").get(0).path("level1").asText()).isEqualTo("成本指标");
		assertThat(saved.path("indicators").get(0).path("name").asText()).isEqualTo("经济成本完成情况");
	}

	@Test
	void refusesWhatCannotBeSavedInChineseAndSavesNothing() {
		DraftHeader header = SampleDrafts.minhang().header();
		assertRefused(header(header, null, header.unit(), 2027, null, null), "请填写项目名称");
		assertRefused(header(header, "鉴定、认定费", "  ", 2027, null, null), "请填写实施单位");
		assertRefused(header(header, "鉴定、认定费", header.unit(), 1999, null, null), "年度应为 2000 至 2100 之间的年份");
		assertRefused(header(header, "鉴定、认定费", header.unit(), null, null, null), "年度应为 2000 至 2100 之间的年份");
		assertRefused(header(header, "鉴定、认定费", header.unit(), 2027, "长期项目", null),
				"项目性质“长期项目”无效，可选：经常性项目、一次性项目、其他经常性项目、其他一次性项目");
		assertRefused(header(header, "鉴定、认定费", header.unit(), 2027, null, new java.math.BigDecimal("-1")),
				"当年财政拨款应为不小于 0 的金额（元，最多两位小数）");
		assertRefused(header(header, "鉴定、认定费", header.unit(), 2027, null, new java.math.BigDecimal("0.001")),
				"当年财政拨款应为不小于 0 的金额（元，最多两位小数）");
		assertRefused(new DraftForm(header, List.of(row("产出指标", "数量指标", "完成率"), row(null, "数量", "覆盖率"))),
				"第 2 行的二级指标“数量”不在指标体系中");
		assertRefused(new DraftForm(header, List.of(row("效益指标", "数量指标", "完成率"))), "第 1 行：二级指标“数量指标”属于“产出指标”，不属于“效益指标”");
		assertRefused(new DraftForm(header, List.of(row(null, "数量指标", "完成率"), row(null, "数量指标", " "))),
				"第 2 行缺少三级指标名称");
		assertRefused(new DraftForm(header, List.of(row(null, "数量指标", "率".repeat(501)))), "第 1 行的三级指标不能超过 500 个字");
		assertRefused(Map.of("header", Map.of("projectName", "鉴定、认定费", "year", "明年")), "请求内容无法读取：请检查数字、年度等是否填写正确");
		assertThat(get("/api/drafts")).isEmpty();
	}

	@Test
	void exportsTheSavedDraftAsTheFilledFormAndAsTheTextTheParserReads() throws IOException {
		long id = this.rest.postForEntity("/api/drafts", SampleDrafts.minhang(), JsonNode.class)
			.getBody()
			.path("id")
			.asLong();
		ResponseEntity<byte[]> xlsx = this.rest.getForEntity("/api/drafts/" + id + "/export?format=xlsx", byte[].class);
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(xlsx.getHeaders().getContentType()).isEqualTo(DraftExport.XLSX);
		assertThat(xlsx.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("鉴定、认定费_2027年度_财政项目支出绩效目标申报表.xlsx");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("财政项目支出绩效目标申报表");
		}

		ResponseEntity<byte[]> text = this.rest.getForEntity("/api/drafts/" + id + "/export?format=TXT", byte[].class);
		assertThat(text.getHeaders().getContentType()).isEqualTo(DraftExport.TEXT);
		ParseResult read = new FilingParser().parse(text.getHeaders().getContentDisposition().getFilename(),
				text.getBody());
		assertThat(FormContent.of(read.forms().get(0)))
			.isEqualTo(FormContent.of(DraftCheck.checked(SampleDrafts.minhang()).filing()));

		ResponseEntity<JsonNode> pdf = this.rest.getForEntity("/api/drafts/" + id + "/export?format=pdf",
				JsonNode.class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(pdf.getBody().path("detail").asText()).isEqualTo("参数 format 的取值“pdf”无效，可选：xlsx、txt");
		assertThat(this.rest.getForEntity("/api/drafts/" + (id + 1000) + "/export?format=xlsx", JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDraftIsItsAnalystsOwnAndAdministratorsSeeEveryDraft() {
		String other = "other-analyst";
		if (this.users.find(other).isEmpty()) {
			this.users.create(other, "另一位分析员", Role.ANALYST, TestAccounts.PASSWORD, false);
		}
		ResponseEntity<JsonNode> created = this.rest.exchange("/api/drafts", HttpMethod.POST,
				as(TestAccounts.ANALYST, SampleDrafts.minhang()), JsonNode.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = created.getBody().path("id").asLong();
		assertThat(this.rest.exchange("/api/drafts", HttpMethod.GET, as(TestAccounts.ANALYST, null), JsonNode.class)
			.getBody()
			.findValuesAsText("id")).containsExactly(String.valueOf(id));
		assertThat(get("/api/drafts/" + id).path("id").asLong()).isEqualTo(id);

		assertThat(this.rest.exchange("/api/drafts", HttpMethod.GET, as(other, null), JsonNode.class).getBody())
			.isEmpty();
		for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)) {
			Object body = (method == HttpMethod.PUT) ? SampleDrafts.minhang() : null;
			assertThat(this.rest.exchange("/api/drafts/" + id, method, as(other, body), JsonNode.class).getStatusCode())
				.as(method.name())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(this.jdbc.queryForObject("SELECT owner FROM draft WHERE id = ?", String.class, id))
			.isEqualTo(TestAccounts.ANALYST);
	}

	/**
	 * A request signed in as the user, which the template's own administrator yields to.
	 */
	private static HttpEntity<Object> as(String username, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(username, TestAccounts.PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private void assertRefused(Object body, String detail) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<JsonNode> response = this.rest.postForEntity("/api/drafts", new HttpEntity<>(body, headers),
				JsonNode.class);
		assertThat(response.getStatusCode()).as(detail).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("detail").asText()).isEqualTo(detail);
	}

	private static DraftForm header(DraftHeader base, String projectName, String unit, Integer year, String nature,
			java.math.BigDecimal fiscal) {
		Funds funds = new Funds(base.funds().total(), fiscal, null, null, null);
		return new DraftForm(new DraftHeader(projectName, unit, base.department(), year, nature, base.projectCategory(),
				funds, base.annualGoal()), List.of());
	}

	private static DraftRow row(String level1, String level2, String name) {
		return new DraftRow(level1, level2, name, "≥90%", DraftRow.Origin.OWN, null);
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
