package cn.jixiao.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistrar;

import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.importing.ImportStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filing whose text decodes to markup ({@code &lt;script&gt;} in a PDF extraction
 * becomes {@code <script>}) shows that markup as text on every page and never runs it.
 * Its own data folder keeps the crafted filing out of the shared seeded store.
 */
class UntrustedTextPageIT extends BrowserTest {

	/**
	 * A script element set through innerHTML never runs; an image's error handler does.
	 */
	private static final String PAYLOAD = "<img src=x onerror=window.xss=1>";

	private static final String INDICATOR_PAYLOAD = "<img src=x onerror=window.xss=2>";

	private static final Path DATA_DIR = newDataDir("jixiao-untrusted");

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnStore {

		@Bean
		DynamicPropertyRegistrar ownDataDir() {
			return (registry) -> registry.add("jixiao.data-dir", DATA_DIR::toString);
		}

	}

	@Autowired
	private FilingImporter importer;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void markupInAFilingIsShownAsTextAndNeverRunsOnAnyPage() throws IOException {
		String seed = Files.readString(Path.of("..", "seeds", "001_eaeb872d98338714.txt"), StandardCharsets.UTF_8);
		String crafted = seed.replace("工伤认定和劳动能力鉴定业务系统（2024年运维）", "&lt;img src=x onerror=window.xss=1&gt;鉴定系统")
			.replace("系统使用人员满意度", "&lt;img src=x onerror=window.xss=2&gt;系统使用人员满意度");
		assertThat(this.importer.importFile("含标记的跟踪表.txt", crafted.getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(ImportStatus.IMPORTED);

		open("/search?q=鉴定系统");
		shows(PAYLOAD + "鉴定系统");
		screenshot("untrusted-search");

		browser.findElements(By.cssSelector("main a[href*='/filings/']"))
			.stream()
			.filter((link) -> link.getText().contains(PAYLOAD))
			.findFirst()
			.orElseThrow()
			.click();
		shows(INDICATOR_PAYLOAD + "系统使用人员满意度");

		List<Map<String, Object>> projects = this.rest.exchange("/api/compare/projects?q={q}", HttpMethod.GET, null,
				new ParameterizedTypeReference<List<Map<String, Object>>>() {
				}, "鉴定系统")
			.getBody();
		assertThat(projects).isNotEmpty();
		open("/compare/lineage?project=" + projects.get(0).get("projectId"));
		shows(PAYLOAD + "鉴定系统");

		open("/execution");
		shows(PAYLOAD + "鉴定系统");

		open("/library?q=系统使用人员满意度");
		shows(INDICATOR_PAYLOAD + "系统使用人员满意度");

		Map<?, ?> draft = this.rest.postForObject("/api/drafts",
				Map.of("header", Map.of("projectName", "鉴定系统运维", "unit", "上海市闵行区社会保障服务中心", "year", 2027)), Map.class);
		open("/drafting?draft=" + draft.get("id"));
		shows(PAYLOAD + "鉴定系统");
		shows(INDICATOR_PAYLOAD + "系统使用人员满意度");
		this.rest.delete("/api/drafts/" + draft.get("id"));
	}

	private void shows(String text) {
		waitForText(By.cssSelector("main"), text);
		assertNothingRan();
	}

	private void assertNothingRan() {
		assertThat(((JavascriptExecutor) browser).executeScript("return window.xss === undefined;")).isEqualTo(true);
		assertThat(browser.findElements(By.cssSelector("main img[onerror]"))).isEmpty();
		assertThat(((JavascriptExecutor) browser)
			.executeScript("return [...document.scripts].some((script) => script.textContent.includes('window.xss'));"))
			.isEqualTo(false);
	}

}
