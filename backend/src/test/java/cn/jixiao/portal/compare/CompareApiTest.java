package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison's figures against the seeded store, checked against sums taken straight
 * from the filing table.
 */
class CompareApiTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CompareTables tables;

	@Test
	void aUnitsYearTotalIsTheSumOfItsProjectsWithEachProjectCountedOnce() {
		long unit = unitId("上海市闵行区社会保障服务中心");
		JsonNode matrix = get("/api/compare/budgets?unit=" + unit).path("matrix");
		assertThat(matrix.path("years")).extracting(JsonNode::asInt).containsExactly(2024, 2026);
		for (int column = 0; column < 2; column++) {
			BigDecimal sum = BigDecimal.ZERO;
			for (JsonNode project : matrix.path("projects")) {
				JsonNode cell = project.path("cells").get(column);
				if (!cell.isNull()) {
					sum = sum.add(cell.path("amount").decimalValue());
				}
			}
			assertThat(matrix.path("yearTotals").get(column).decimalValue()).isEqualByComparingTo(sum);
		}
		// 2024 has only tracking forms (年初预算数), 2026 only target forms (年度资金申请总额).
		assertThat(matrix.path("yearTotals").get(0).decimalValue())
			.isEqualByComparingTo(sumOf(unit, 2024, "exec_initial_budget", "TRACKING"));
		assertThat(matrix.path("yearTotals").get(1).decimalValue())
			.isEqualByComparingTo(sumOf(unit, 2026, "funds_total", "TARGET"));
		assertThat(matrix.path("projects")).hasSize(10);
		assertThat(matrix.path("total").decimalValue()).isEqualByComparingTo(
				matrix.path("yearTotals").get(0).decimalValue().add(matrix.path("yearTotals").get(1).decimalValue()));
	}

	@Test
	void aProjectRenamedAcrossYearsIsOneRowWithBothBudgets() {
		JsonNode projects = get("/api/compare/budgets?unit=" + unitId("上海市闵行区社会保障服务中心")).path("matrix")
			.path("projects");
		JsonNode renamed = null;
		for (JsonNode project : projects) {
			if (project.path("name").asText().equals("案件调查经费")) {
				renamed = project;
			}
		}
		assertThat(renamed).isNotNull();
		assertThat(renamed.path("cells").get(0).path("filedName").asText()).isEqualTo("外省市差旅费");
		assertThat(renamed.path("cells").get(0).path("amount").decimalValue()).isEqualByComparingTo("300000");
		assertThat(renamed.path("cells").get(1).path("amount").decimalValue()).isEqualByComparingTo("180000");
	}

	@Test
	void aDepartmentsTotalsAreTheSumOfItsUnits() {
		long department = this.jdbc.queryForObject("select id from department where name = ?", Long.class,
				"上海市松江区人力资源和社会保障局");
		JsonNode matrix = get("/api/compare/budgets?department=" + department).path("matrix");
		assertThat(matrix.path("years")).extracting(JsonNode::asInt).containsExactly(2025);
		assertThat(matrix.path("projects")).hasSize(33);
		BigDecimal expected = sumOf(null, 2025, "funds_total", "TARGET");
		assertThat(matrix.path("total").decimalValue()).isEqualByComparingTo(expected);
		JsonNode totals = get("/api/compare/departments");
		JsonNode songjiang = null;
		for (JsonNode row : totals.path("departments")) {
			if (row.path("id").asLong() == department) {
				songjiang = row;
			}
		}
		assertThat(songjiang.path("units").asInt()).isEqualTo(5);
		assertThat(songjiang.path("total").decimalValue()).isEqualByComparingTo(expected);
		BigDecimal all = BigDecimal.ZERO;
		for (JsonNode row : totals.path("departments")) {
			all = all.add(row.path("total").decimalValue());
		}
		assertThat(totals.path("total").decimalValue()).isEqualByComparingTo(all);
	}

	@Test
	void findsAProjectByItsNewOrItsOldName() {
		JsonNode hits = get("/api/compare/projects?q=案件调查经费");
		assertThat(hits).hasSize(1);
		assertThat(hits.get(0).path("names")).extracting(JsonNode::asText).containsExactly("外省市差旅费", "案件调查经费");
		assertThat(hits.get(0).path("years")).extracting(JsonNode::asInt).containsExactly(2024, 2026);
		assertThat(get("/api/compare/projects?q=外省市 差旅费").get(0).path("projectId"))
			.isEqualTo(hits.get(0).path("projectId"));
		assertThat(get("/api/compare/projects?q=%")).isEmpty();
	}

	@Test
	void lineageShowsTheRenamingLinkedByGoalText() {
		long project = get("/api/compare/projects?q=案件调查经费").get(0).path("projectId").asLong();
		JsonNode lineage = get("/api/compare/lineage?project=" + project);
		assertThat(lineage.path("filings")).extracting((f) -> f.path("year").asInt() + " " + f.path("name").asText())
			.containsExactly("2024 外省市差旅费", "2026 案件调查经费");
		JsonNode link = lineage.path("links").get(0);
		assertThat(link.path("reason").asText()).isEqualTo("GOAL_TEXT");
		assertThat(link.path("score").decimalValue()).isEqualByComparingTo("1");
		assertThat(link.path("decidable").asBoolean()).isTrue();
	}

	@Test
	void twoYearsSideBySide() {
		long project = get("/api/compare/projects?q=案件调查经费").get(0).path("projectId").asLong();
		JsonNode years = get("/api/compare/years?project=" + project + "&from=2024&to=2026");
		assertThat(years.path("budgetDifference").decimalValue()).isEqualByComparingTo("-120000");
		assertThat(years.path("counts").path("UNCHANGED").asInt()).isPositive();
		int indicators2026 = this.jdbc.queryForObject("select count(*) from indicator where filing_id = ?",
				Integer.class, years.path("to").path("filingId").asLong());
		assertThat(years.path("counts").path("UNCHANGED").asInt() + years.path("counts").path("CHANGED").asInt()
				+ years.path("counts").path("ADDED").asInt())
			.isEqualTo(indicators2026);
	}

	@Test
	void exportsTheBudgetTableInTheChosenUnit() {
		long unit = unitId("上海市闵行区社会保障服务中心");
		ResponseEntity<byte[]> csv = this.rest
			.getForEntity("/api/compare/budgets?unit=" + unit + "&format=csv&amountUnit=wan", byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		String text = new String(csv.getBody(), StandardCharsets.UTF_8);
		assertThat(text).contains("项目名称,2024年（万元）,2026年（万元）,合计（万元）");
		assertThat(text).contains("案件调查经费,30,18,48");
		ResponseEntity<byte[]> xlsx = this.rest.getForEntity("/api/compare/departments?format=xlsx", byte[].class);
		assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
		ResponseEntity<byte[]> lineage = this.rest.getForEntity(
				"/api/compare/lineage?project="
						+ get("/api/compare/projects?q=案件调查经费").get(0).path("projectId").asLong() + "&format=csv",
				byte[].class);
		assertThat(new String(lineage.getBody(), StandardCharsets.UTF_8)).contains("年度目标文本相近");
	}

	@Test
	void answersInChineseWhenTheRequestIsIncomplete() {
		ResponseEntity<Map> noScope = this.rest.getForEntity("/api/compare/budgets", Map.class);
		assertThat(noScope.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) noScope.getBody().get("detail")).contains("请选择");
		assertThat(this.rest.getForEntity("/api/compare/lineage?project=987654", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> oneYear = this.rest.getForEntity("/api/compare/years?project="
				+ get("/api/compare/projects?q=残疾人就业保障金").get(0).path("projectId").asLong(), Map.class);
		assertThat(oneYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void wordsThatNormaliseToNothingFindOnlyProjectsNamedWithThem() {
		int projects = this.jdbc.queryForObject("select count(*) from project", Integer.class);
		assertThat(projects).isGreaterThan(20);
		for (String text : List.of("项目", "运维", "2024", "（2024年）")) {
			JsonNode hits = get("/api/compare/projects?q=" + text);
			assertThat(hits.size()).as(text).isLessThan(20);
			for (JsonNode hit : hits) {
				assertThat(hit.path("names")).as(text).anyMatch((name) -> name.asText().contains(text));
			}
		}
	}

	@Test
	void aDecisionOnOneFilingTwiceIsABadRequestInChinese() {
		long filing = get("/api/compare/lineage?project="
				+ get("/api/compare/projects?q=案件调查经费").get(0).path("projectId").asLong())
			.path("filings")
			.get(0)
			.path("filingId")
			.asLong();
		ResponseEntity<Map> response = this.rest.postForEntity("/api/compare/decisions",
				Map.of("filingId", filing, "otherFilingId", filing, "verdict", "SPLIT"), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains("两张不同的申报表");
	}

	@Test
	void aTrackingPeriodWithoutItsEndExportsItsStartAlone() {
		Lineage.Step open = new Lineage.Step(1, 2024, FormKind.TRACKING, "某项目", "2024-01", null, BigDecimal.TEN, true);
		Lineage.Step closed = new Lineage.Step(2, 2025, FormKind.TRACKING, "某项目", "2025-01", "2025-06", BigDecimal.TEN,
				true);
		Lineage lineage = new Lineage(1, "某项目", 1, "某单位", null, List.of(2024, 2025), List.of(open, closed), List.of(),
				List.of(), List.of());
		List<List<Object>> rows = this.tables.lineage(lineage, AmountUnit.of(null)).rows();
		assertThat(rows.get(0).get(3)).isEqualTo("2024-01");
		assertThat(rows.get(1).get(3)).isEqualTo("2025-01 至 2025-06");
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private long unitId(String name) {
		return this.jdbc.queryForObject("select id from unit where name = ?", Long.class, name);
	}

	private BigDecimal sumOf(Long unit, int year, String column, String kind) {
		List<BigDecimal> values = this.jdbc.queryForList("select " + column
				+ " from filing where budget_year = ? and kind = ?" + ((unit != null) ? " and unit_id = " + unit : ""),
				BigDecimal.class, year, kind);
		return values.stream().filter((v) -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
