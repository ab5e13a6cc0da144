package cn.jixiao.portal.system;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query-syntax, SQL and oversized strings sent to every reading API's text parameters:
 * each answers as for text it does not know (200 with nothing or little found, or a
 * Chinese 400 for a value that must be a number or a choice), never a server error and
 * never everything. Values are bound as parameters and searched as words, so nothing in
 * them is an instruction.
 */
class HostileParametersTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	/**
	 * The long value stays within the web server's 8 KB request line once encoded (the
	 * server refuses longer ones with 400); the search index contract tests
	 * 5,000-character queries directly.
	 */
	private static final List<String> HOSTILE = List.of("' OR 1=1 --", "*:*", "name:(a OR b)", "%", "_",
			"\"; DROP TABLE filing; --", "<script>alert(1)</script>", "满意度".repeat(200));

	/** Every reading API with a text parameter, and the parameter. */
	private static final List<String[]> TEXT_PARAMETERS = List.of(new String[] { "/api/search", "q" },
			new String[] { "/api/search", "unit" }, new String[] { "/api/search", "finding" },
			new String[] { "/api/search/suggest", "q" }, new String[] { "/api/library", "q" },
			new String[] { "/api/library", "level2" }, new String[] { "/api/library", "finding" },
			new String[] { "/api/compare/projects", "q" }, new String[] { "/api/execution", "unit" },
			new String[] { "/api/execution", "department" }, new String[] { "/api/drafting/projects", "q" });

	static Stream<Arguments> hostileRequests() {
		return TEXT_PARAMETERS.stream()
			.flatMap((api) -> HOSTILE.stream().map((value) -> Arguments.of(api[0], api[1], value)));
	}

	@ParameterizedTest(name = "{0}?{1}=…")
	@MethodSource("hostileRequests")
	void hostileTextIsJustTextToEveryApi(String path, String parameter, String value) {
		URI uri = UriComponentsBuilder.fromPath(path).queryParam(parameter, value).encode().build().toUri();
		ResponseEntity<JsonNode> response = this.rest.getForEntity(uri, JsonNode.class);
		assertThat(response.getStatusCode()).as("%s?%s", path, parameter).isIn(HttpStatus.OK, HttpStatus.BAD_REQUEST);
		JsonNode body = response.getBody();
		assertThat(body).isNotNull();
		if (response.getStatusCode() == HttpStatus.BAD_REQUEST) {
			assertThat(body.path("detail").asText()).as("a Chinese reason").containsPattern("\\p{IsHan}");
			return;
		}
		assertThat(found(body)).as("%s?%s=%s finds as for unknown text", path, parameter, value)
			.isLessThan(everything(path));
	}

	private long found(JsonNode body) {
		if (body.isArray()) {
			return body.size();
		}
		for (String total : List.of("total", "totalGroups", "projectCount", "count")) {
			if (body.has(total)) {
				return body.get(total).asLong();
			}
		}
		JsonNode rows = body.has("rows") ? body.get("rows") : body.path("projects");
		return rows.size();
	}

	/**
	 * What the API returns for no filter at all: a hostile value must not widen to it.
	 */
	private long everything(String path) {
		ResponseEntity<JsonNode> all = this.rest.getForEntity(path + (path.endsWith("/projects") ? "?q=费" : ""),
				JsonNode.class);
		long count = found(all.getBody());
		return Math.max(count, 1);
	}

}
