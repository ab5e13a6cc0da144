package cn.jixiao.portal.execution;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionApiTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void laggardsStartWithTheRedProjectsLowestProgressFirst() {
		Map<String, Object> overview = get("/api/execution");
		Map<String, Object> summary = map(overview.get("summary"));
		assertThat(summary).containsEntry("forms", 9).containsEntry("red", 4).containsEntry("yellow", 1);
		List<Map<String, Object>> projects = list(overview.get("projects"));
		assertThat(projects).hasSize(9);
		// 征地养老慰问经费: nothing of 60 万元 spent by August, no elderly visited of 2,000.
		assertThat(projects.get(0)).containsEntry("projectName", "征地养老慰问经费")
			.containsEntry("flag", "red")
			.containsEntry("budgetLight", "red")
			.containsEntry("indicatorLight", "red")
			.containsEntry("monthsElapsed", 8);
		assertThat(projects.stream().map((project) -> project.get("flag")).toList()).containsExactly("red", "red",
				"red", "red", "yellow", "over", "over", "green", "green");
		assertThat(projects).filteredOn((project) -> "外省市差旅费".equals(project.get("projectName")))
			.singleElement()
			.satisfies((project) -> assertThat(project.get("ratioPercent")).isEqualTo(69.4));
	}

	@Test
	void filtersByLightUnitAndYearAndSortsByAColumn() {
		assertThat(list(get("/api/execution?light=red").get("projects"))).hasSize(4)
			.allSatisfy((project) -> assertThat(project).containsEntry("flag", "red"));
		assertThat(list(get("/api/execution?year=2025").get("projects"))).isEmpty();
		assertThat(list(get("/api/execution?unit=上海市闵行区社会保障服务中心").get("projects"))).hasSize(9);
		assertThat(list(get("/api/execution?sort=ratio&dir=desc").get("projects")).get(0)).containsEntry("projectName",
				"鉴定、认定费");
		assertThat(this.rest.getForEntity("/api/execution?light=purple", String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void findingsNameTheFilingTheIndicatorAndTheLine() {
		List<Map<String, Object>> findings = list(get("/api/execution").get("findings"));
		assertThat(findings)
			.anySatisfy((finding) -> assertThat(finding).containsEntry("projectName", "工伤认定和劳动能力鉴定业务系统（2024年运维）")
				.containsEntry("code", "RED_WITHOUT_MEASURES")
				.containsEntry("fileName", "001_eaeb872d98338714.txt")
				.containsEntry("line", 9));
		assertThat(findings).anySatisfy((finding) -> assertThat(finding).containsEntry("indicator", "鉴定对象满意度")
			.containsEntry("code", "BELOW_PLAN_NO_DEVIATION")
			.containsEntry("line", 58));
		// Every stated 执行率 of the seeds is executed ÷ period budget within rounding.
		assertThat(findings).noneSatisfy((finding) -> assertThat(finding).containsEntry("code", "RATE_MISMATCH"));
	}

	@Test
	void detailShowsPlannedVersusActualWithLights() {
		Map<String, Object> first = list(get("/api/execution").get("projects")).get(0);
		Map<String, Object> detail = get("/api/execution/" + first.get("filingId"));
		assertThat(map(detail.get("texts"))).containsEntry("correctiveMeasures", "无偏差");
		List<Map<String, Object>> indicators = list(detail.get("indicators"));
		assertThat(indicators).hasSize(8);
		assertThat(indicators.get(1)).containsEntry("name", "高龄老人慰问人数")
			.containsEntry("light", "red")
			.containsEntry("basis", "prorated")
			.containsEntry("line", 210);
		assertThat(indicators.get(3)).containsEntry("light", "none").containsEntry("unlit", "not_quantitative");
	}

	@Test
	void aTargetFormIsNoTrackingForm() {
		Long target = this.jdbc.queryForObject("select min(id) from filing where kind = 'TARGET'", Long.class);
		ResponseEntity<String> response = this.rest.getForEntity("/api/execution/" + target, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).contains("跟踪表 " + target);
	}

	@Test
	void laggardsAndFindingsExportAsCsvAndExcel() {
		ResponseEntity<byte[]> csv = this.rest.getForEntity("/api/execution/export?table=laggards&format=csv&light=red",
				byte[].class);
		String text = new String(csv.getBody(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF项目灯,项目名称,实施单位,主管部门,年度,跟踪时段,年初预算数(元),跟踪期预算数(元),跟踪期执行数(元),"
				+ "填报执行率(%),执行率(%),预算进度(%),预算灯,指标灯,红灯指标数,黄灯指标数,数据问题数,来源文件,起始行\r\n");
		assertThat(text.lines()).hasSize(5);
		assertThat(text.lines().skip(1).findFirst().orElseThrow()).startsWith("红,征地养老慰问经费,");
		ResponseEntity<byte[]> xlsx = this.rest.getForEntity("/api/execution/export?table=findings&format=xlsx",
				byte[].class);
		assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
		assertThat(xlsx.getBody()).isNotEmpty();
		String findings = new String(
				this.rest.getForObject("/api/execution/export?table=findings&format=csv", byte[].class),
				StandardCharsets.UTF_8);
		assertThat(findings).startsWith("\uFEFF类型,项目名称,实施单位,指标,问题,来源文件,行\r\n");
		long filingId = ((Number) list(get("/api/execution").get("projects")).get(0).get("filingId")).longValue();
		String indicators = new String(
				this.rest.getForObject("/api/execution/" + filingId + "/export?format=csv", byte[].class),
				StandardCharsets.UTF_8);
		assertThat(indicators).startsWith("\uFEFF一级指标,二级指标,三级指标,指标值,跟踪期计划完成值,跟踪期实际完成值,应达值,进度(%),灯,偏差原因分析,行\r\n");
	}

	@Test
	void sortsAndExportsByTheIndicatorLight() {
		List<Object> lights = list(get("/api/execution?sort=indicatorLight&dir=desc").get("projects")).stream()
			.map((project) -> project.get("indicatorLight"))
			.toList();
		assertThat(lights).hasSize(9).endsWith("red");
		assertThat(lights.get(0)).isNotEqualTo("red");
		ResponseEntity<byte[]> csv = this.rest
			.getForEntity("/api/execution/export?table=laggards&format=csv&sort=indicatorLight&dir=asc", byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(new String(csv.getBody(), StandardCharsets.UTF_8).lines()).hasSize(10);
	}

	private Map<String, Object> get(String path) {
		return this.rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {
		}).getBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
