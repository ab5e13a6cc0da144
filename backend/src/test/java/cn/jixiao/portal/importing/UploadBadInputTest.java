package cn.jixiao.portal.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.jixiao.portal.SeededPortalTest;
import cn.jixiao.portal.TestAccounts;

import static cn.jixiao.portal.importing.ImportApiTest.file;
import static cn.jixiao.portal.importing.ImportApiTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad uploads through the import API: each file gets a Chinese message naming it (and the
 * line, where there is one), and what was imported before stays as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class UploadBadInputTest {

	private static final String KEPT = "kept.txt";

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void ownStore(DynamicPropertyRegistry registry) {
		registry.add("jixiao.data-dir", () -> SeededPortalTest.newDataDir("jixiao-bad-upload-test").toString());
		registry.add("jixiao.seeds.import-on-empty", () -> "false");
	}

	@BeforeEach
	void importOneFile() {
		upload(file(KEPT, seed()));
	}

	@Test
	void oddNamesAreRefusedOrReducedToTheirBaseName() {
		String before = storedState();
		Map<String, Object> response = upload(file("../../etc/passwd", seed()), file("bad\tname.txt", seed()),
				file("x".repeat(300) + ".txt", seed()), file("名称 with spaces.txt", seed()));
		assertThat(response).as(String.valueOf(response)).containsKey("results");
		List<Map<String, Object>> results = results(response);
		assertThat(results.get(0)).containsEntry("fileName", "passwd").containsEntry("status", "imported");
		assertThat(results.get(1)).containsEntry("status", "rejected");
		assertThat(message(results.get(1))).contains("控制字符");
		assertThat(results.get(2)).containsEntry("status", "rejected");
		assertThat(message(results.get(2))).contains("文件名超过 255 个字符");
		assertThat(results.get(3)).containsEntry("fileName", "名称 with spaces.txt").containsEntry("status", "imported");
		assertThat(this.jdbc.queryForObject("select count(*) from source_file where name like ?", Integer.class, "%/%"))
			.isZero();
		Map<String, Object> nul = upload(file("bad\u0000name.txt", seed()), file("fine.txt", seed()));
		assertThat(nul).as(String.valueOf(nul)).containsEntry("status", 400);
		assertThat((String) nul.get("detail")).contains("bad\\0name.txt").contains("含有空字符");
		assertThat(filingsOf("fine.txt")).isZero();
		assertThat(storedState()).isEqualTo(before);
	}

	@Test
	void otherEncodingsAreReadAndUnknownBytesAreRejectedWithTheirLine() {
		String text = new String(seed(), StandardCharsets.UTF_8);
		List<Map<String, Object>> results = results(upload(file("utf16.txt", withBom(text)),
				file("gbk.txt", text.getBytes(Charset.forName("GBK"))), file(KEPT, randomLatin1())));
		assertThat(results.get(0)).containsEntry("status", "imported").containsEntry("forms", 9);
		assertThat(results.get(1)).containsEntry("status", "imported").containsEntry("forms", 9);
		assertThat(results.get(2)).containsEntry("fileName", KEPT).containsEntry("status", "rejected");
		assertThat(filingsOf(KEPT)).isEqualTo(9);
	}

	@Test
	void aFileOfAHundredThousandLinesIsAnsweredWithoutChangingWhatIsStored() {
		String before = storedState();
		String lines = "无关的一行文字\t1\t2\n".repeat(100_000);
		Map<String, Object> result = results(upload(file(KEPT, lines.getBytes(StandardCharsets.UTF_8)))).get(0);
		assertThat(result).containsEntry("fileName", KEPT).containsEntry("status", "rejected");
		assertThat(list(result.get("problems"))).isNotEmpty();
		assertThat(storedState()).isEqualTo(before);
	}

	private static byte[] withBom(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		return bytes;
	}

	private static byte[] randomLatin1() {
		byte[] bytes = new byte[4000];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (0x80 + (i * 37) % 0x7f);
		}
		return bytes;
	}

	/** The kept file's forms and the first form's name and goal. */
	private String storedState() {
		return filingsOf(KEPT) + " " + this.jdbc.queryForObject(
				"select concat(f.project_name, '|', f.annual_goal) from filing f join source_file s on s.id = f.source_file_id"
						+ " where s.name = ? order by f.form_index limit 1",
				String.class, KEPT);
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
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.exchange("/api/import", HttpMethod.POST, new HttpEntity<>(body, headers),
				new ParameterizedTypeReference<Map<String, Object>>() {
				})
			.getBody();
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
