package cn.jixiao.portal.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings summary per unit and year counts what is stored: by rule, by severity,
 * filings with findings; a year narrows it; it exports as CSV and Excel with a row of
 * totals.
 */
class ReviewSummaryApiTest extends ReviewedPortalTest {

	private static final String SONGJIANG_BUREAU = "上海市松江区人力资源和社会保障局（本级）";

	@Autowired
	private TestRestTemplate rest;

	@Test
	void countsEachUnitsYearByRuleAndSeverity() {
		JsonNode summary = get("/api/review/summary");
		assertThat(summary.path("current").asBoolean()).isTrue();
		assertThat(summary.path("rules").findValuesAsText("id")).containsExactly(TestReviewRules.SATISFACTION,
				TestReviewRules.NO_HISTORY);
		assertThat(summary.path("rules").get(0).path("name").asText()).isEqualTo("满意度未写比例");
		List<JsonNode> rows = rows(summary);
		assertThat(rows).hasSize(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM (SELECT DISTINCT unit_id, budget_year FROM filing) d", Integer.class));
		for (JsonNode row : rows) {
			long unit = row.path("unitId").asLong();
			int year = row.path("year").asInt();
			assertThat(row.path("filings").asLong()).as(row.path("unit").asText() + " " + year)
				.isEqualTo(count("SELECT COUNT(*) FROM filing WHERE unit_id = ? AND budget_year = ?", unit, year));
			assertThat(row.path("byRule").path(TestReviewRules.NO_HISTORY).asLong())
				.isEqualTo(findings(unit, year, "r.rule_id = '" + TestReviewRules.NO_HISTORY + "'"));
			assertThat(row.path("bySeverity").path("error").asLong())
				.isEqualTo(findings(unit, year, "r.severity = 'ERROR'"));
			assertThat(row.path("findings").asLong()).isEqualTo(findings(unit, year, "1 = 1"));
			assertThat(row.path("filingsWithFindings").asLong()).isEqualTo(count("""
					SELECT COUNT(DISTINCT r.filing_id) FROM review_finding r JOIN filing f ON f.id = r.filing_id
					WHERE f.unit_id = ? AND f.budget_year = ?""", unit, year));
		}
		JsonNode bureau = row(rows, SONGJIANG_BUREAU, 2025);
		assertThat(bureau.path("byRule").path(TestReviewRules.SATISFACTION).asLong()).isEqualTo(1);
		assertThat(bureau.path("bySeverity").path("error").asLong()).isEqualTo(1);
		JsonNode totals = summary.path("totals");
		assertThat(totals.path("filings").asLong()).isEqualTo(62);
		assertThat(totals.path("byRule").path(TestReviewRules.SATISFACTION).asLong()).isEqualTo(3);
		assertThat(totals.path("findings").asLong()).isEqualTo(count("SELECT COUNT(*) FROM review_finding"));
		assertThat(summary.path("years").get(0).asInt()).isEqualTo(2026);
	}

	@Test
	void aYearNarrowsTheSummaryToItsFilings() {
		JsonNode summary = get("/api/review/summary?year=2025");
		assertThat(rows(summary)).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.path("year").asInt()).isEqualTo(2025));
		assertThat(summary.path("totals").path("filings").asLong()).isEqualTo(33);
		assertThat(summary.path("totals").path("byRule").path(TestReviewRules.SATISFACTION).asLong()).isEqualTo(2);
		assertThat(summary.path("years")).hasSizeGreaterThan(1);
	}

	@Test
	void exportsAsCsvWithARowOfTotals() {
		ResponseEntity<byte[]> response = this.rest.getForEntity("/api/review/summary/export?format=csv", byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> lines = new String(response.getBody(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).contains("实施单位", "年度", "申报表", "有发现的表", "满意度未写比例", TestReviewRules.NO_HISTORY, "错误",
				"警告", "提示", "合计");
		assertThat(lines).hasSize(rows(get("/api/review/summary")).size() + 2);
		assertThat(lines.get(lines.size() - 1)).startsWith("合计,,62,");
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith(SONGJIANG_BUREAU + ",2025,"));
	}

	@Test
	void exportsAsExcel() throws IOException {
		ResponseEntity<byte[]> response = this.rest.getForEntity("/api/review/summary/export?format=xlsx&year=2024",
				byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("满意度未写比例");
			int last = sheet.getLastRowNum();
			assertThat(last).isEqualTo(rows(get("/api/review/summary?year=2024")).size() + 1);
			assertThat(sheet.getRow(last).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(sheet.getRow(last).getCell(4).getNumericCellValue()).isEqualTo(1);
		}
	}

	@Test
	void theSummaryPageIsInTheNavigation() {
		ResponseEntity<String> page = this.rest.getForEntity("/review", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("data-tab=\"review\"", "审核汇总", "/js/review.js");
	}

	private long findings(long unit, int year, String condition) {
		return count("SELECT COUNT(*) FROM review_finding r JOIN filing f ON f.id = r.filing_id"
				+ " WHERE f.unit_id = ? AND f.budget_year = ? AND " + condition, unit, year);
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = this.rest.getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static List<JsonNode> rows(JsonNode summary) {
		List<JsonNode> rows = new ArrayList<>();
		summary.path("rows").forEach(rows::add);
		return rows;
	}

	private static JsonNode row(List<JsonNode> rows, String unit, int year) {
		return rows.stream()
			.filter((row) -> row.path("unit").asText().equals(unit) && row.path("year").asInt() == year)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + unit + " " + year));
	}

}
