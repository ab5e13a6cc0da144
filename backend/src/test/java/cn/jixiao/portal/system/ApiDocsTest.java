package cn.jixiao.portal.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.jixiao.portal.SeededPortalTest;
import cn.jixiao.portal.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The API is documented where analysts and integrators look for it. */
class ApiDocsTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void openApiDescribesThePortalApi() {
		ResponseEntity<String> docs = this.rest.getForEntity("/v3/api-docs", String.class);
		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docs.getBody()).contains("\"openapi\"").contains("预算绩效分析 API");
	}

	@Test
	void swaggerUiIsServed() {
		ResponseEntity<String> ui = this.rest.getForEntity("/swagger-ui/index.html", String.class);
		assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(ui.getBody()).contains("swagger-ui");
	}

	@Test
	void homeOpensSearch() throws Exception {
		HttpResponse<Void> home = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.rest.getRootUri() + "/"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((TestAccounts.ANALYST + ":" + TestAccounts.PASSWORD)
								.getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(home.statusCode()).isEqualTo(HttpStatus.FOUND.value());
		assertThat(home.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/search"));
	}

}
