package cn.jixiao.portal.importing;

import cn.jixiao.portal.TestAccounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import API on a store of its own (it imports, so it cannot share the seeded one),
 * started empty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class ImportApiTest {

	static final Path SEED = Path.of("..", "seeds", "001_eaeb872d98338714.txt");

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void ownStore(DynamicPropertyRegistry registry) {
		Path dir = SeededPortalTest.newDataDir("jixiao-import-test");
		registry.add("jixiao.data-dir", dir::toString);
		registry.add("jixiao.seeds.import-on-empty", () -> "false");
	}

	@Test
	void importsAFileAndLinksItsForms() {
		Map<String, Object> response = upload(file("tracking-a.txt", seed()));
		assertThat(response).containsEntry("imported", 1).containsEntry("rejected", 0);
		Map<String, Object> result = results(response).get(0);
		assertThat(result).containsEntry("fileName", "tracking-a.txt")
			.containsEntry("status", "imported")
			.containsEntry("statusLabel", "已导入")
			.containsEntry("forms", 9)
			.containsEntry("indicators", 78);
		assertThat(list(result.get("problems"))).singleElement()
			.satisfies((problem) -> assertThat(problem).containsEntry("line", 3));
		assertThat(this.jdbc
			.queryForList("select who || ' ' || action || ' ' || target || ' ' || result from audit_log", String.class))
			.contains(TestAccounts.ADMIN + " import.file tracking-a.txt imported");
		assertThat(list(result.get("filings"))).hasSize(9)
			.first()
			.satisfies((filing) -> assertThat(filing).containsEntry("kind", "tracking")
				.containsEntry("projectName", "工伤认定和劳动能力鉴定业务系统（2024年运维）"));
		assertThat(results(upload(file("tracking-a.txt", seed()))).get(0)).containsEntry("status", "unchanged")
			.containsEntry("statusLabel", "未变化");
	}

	@Test
	void aBrokenFileUnderAnImportedNameIsRejectedAndLosesNothing() {
		upload(file("tracking-b.txt", seed()));
		int before = filingsOf("tracking-b.txt");
		assertThat(before).isEqualTo(9);
		Map<String, Object> result = results(upload(file("tracking-b.txt", broken()))).get(0);
		assertThat(result).containsEntry("status", "rejected").containsEntry("forms", 0);
		assertThat(list(result.get("problems")))
			.anySatisfy((problem) -> assertThat(problem).containsEntry("line", 1).containsEntry("message", "表单缺少项目名称"));
		assertThat(filingsOf("tracking-b.txt")).isEqualTo(before);
		List<Map<String, Object>> recent = recent();
		assertThat(recent)
			.anySatisfy((file) -> assertThat(file).containsEntry("name", "tracking-b.txt").containsEntry("forms", 9));
	}

	@Test
	void emptyPdfAndBinaryFilesAreRefusedInChinese() {
		Map<String, Object> response = upload(file("empty.txt", new byte[0]),
				file("scan.pdf", "%PDF-1.7 ...".getBytes()), file("photo.txt", new byte[] { 'a', 0, 'b' }),
				file("C:\\filings\\good.txt", seed()));
		List<Map<String, Object>> results = results(response);
		assertThat(results).extracting((result) -> result.get("status"))
			.containsExactly("rejected", "rejected", "rejected", "imported");
		assertThat(message(results.get(0))).isEqualTo("文件为空，未导入");
		assertThat(message(results.get(1))).contains("PDF");
		assertThat(message(results.get(2))).contains("不是文本文件");
		assertThat(results.get(3)).containsEntry("fileName", "good.txt");
	}

	@Test
	void anUploadWithoutFilesIsABadRequest() {
		ResponseEntity<String> response = this.rest.postForEntity("/api/import",
				new HttpEntity<>(new LinkedMultiValueMap<>(), multipart()), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("请至少选择一个文件");
	}

	@Test
	void recentImportsExportAsCsv() {
		upload(file("tracking-c.txt", seed()));
		String csv = new String(this.rest.getForObject("/api/import/recent?format=csv", byte[].class),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF文件名,导入时间,大小(字节),表单数,指标数,问题数\r\n").contains("tracking-c.txt");
	}

	private int filingsOf(String name) {
		return this.jdbc.queryForObject(
				"select count(*) from filing f join source_file s on s.id = f.source_file_id where s.name = ?",
				Integer.class, name);
	}

	private Map<String, Object> upload(HttpEntity<?>... files) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		for (HttpEntity<?> file : files) {
			body.add("files", file);
		}
		return this.rest.exchange("/api/import", HttpMethod.POST, new HttpEntity<>(body, multipart()),
				new ParameterizedTypeReference<Map<String, Object>>() {
				})
			.getBody();
	}

	private List<Map<String, Object>> recent() {
		return this.rest.exchange("/api/import/recent", HttpMethod.GET, null,
				new ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
			.getBody();
	}

	private static HttpHeaders multipart() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return headers;
	}

	static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDispositionFormData("files", name);
		headers.setContentType(MediaType.TEXT_PLAIN);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

	static byte[] seed() {
		try {
			return Files.readAllBytes(SEED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A tracking form cut short: header lines without 项目名称, no indicator table. */
	static byte[] broken() {
		return "财政项目支出绩效跟踪表\n跟踪时段：（ 2024年1月 至 2024年8月 ）\n主管部门\t\t某局\t实施单位\t某中心\n一级指标\t二级指标\t三级指标\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String message(Map<String, Object> result) {
		return (String) list(result.get("problems")).get(0).get("message");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> results(Map<String, Object> response) {
		return (List<Map<String, Object>>) response.get("results");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
