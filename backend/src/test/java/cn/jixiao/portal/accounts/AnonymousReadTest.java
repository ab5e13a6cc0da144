package cn.jixiao.portal.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only anonymous mode: anyone reads pages and GET APIs without signing in, and
 * nothing changes without an account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "jixiao.security.anonymous-read=true")
class AnonymousReadTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void ownStore(DynamicPropertyRegistry registry) {
		registry.add("jixiao.data-dir", SeededPortalTest.newDataDir("jixiao-anonymous-test")::toString);
		registry.add("jixiao.seeds.import-on-empty", () -> "false");
	}

	@Test
	void strangersReadButChangeNothing() throws Exception {
		assertThat(status("GET", "/api/search?q=x", null)).isEqualTo(200);
		HttpResponse<String> page = this.http.send(request("GET", "/search", null).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-tab=\"library\"").doesNotContain("data-tab=\"import\"", "id=\"logout\"");
		assertThat(status("GET", "/api/import/recent", null)).isEqualTo(401);
		assertThat(status("GET", "/api/audit", null)).isEqualTo(401);
		assertThat(status("PUT", "/api/search/synonyms", "{\"text\":\"\"}")).isIn(401, 403);
		assertThat(status("POST", "/api/drafts", "{}")).isIn(401, 403);
		assertThat(status("POST", "/api/compare/decisions", "{}")).isIn(401, 403);
	}

	private int status(String method, String path, String json) throws Exception {
		return this.http.send(request(method, path, json).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest.Builder request(String method, String path, String json) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
	}

}
