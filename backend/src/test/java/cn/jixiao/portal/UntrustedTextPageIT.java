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

	private static final String PAYLOAD = "<script>window.xss=1</script>";

	private static final Path DATA_DIR = createDir();

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
	void markupInAFilingIsShownAsTextAndNeverRuns() throws IOException {
		String seed = Files.readString(Path.of("..", "seeds", "000_84ecacd54c532934.txt"), StandardCharsets.UTF_8);
		String crafted = seed.replaceFirst("鉴定、认定费", "&lt;script&gt;window.xss=1&lt;/script&gt;鉴定费");
		assertThat(this.importer.importFile("含标记的申报表.txt", crafted.getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(ImportStatus.IMPORTED);

		open("/search?q=" + "鉴定费");
		waitForText(By.cssSelector("main"), PAYLOAD + "鉴定费");
		assertNothingRan();
		screenshot("untrusted-search");

		browser.findElements(By.cssSelector("main a[href*='/filings/']"))
			.stream()
			.filter((link) -> link.getText().contains(PAYLOAD))
			.findFirst()
			.orElseThrow()
			.click();
		waitForText(By.cssSelector("main"), PAYLOAD + "鉴定费");
		assertNothingRan();

		List<Map<String, Object>> projects = this.rest.exchange("/api/compare/projects?q={q}", HttpMethod.GET, null,
				new ParameterizedTypeReference<List<Map<String, Object>>>() {
				}, "鉴定费")
			.getBody();
		assertThat(projects).isNotEmpty();
		open("/compare/lineage?project=" + projects.get(0).get("projectId"));
		waitForText(By.cssSelector("main"), PAYLOAD + "鉴定费");
		assertNothingRan();
	}

	private void assertNothingRan() {
		assertThat(((JavascriptExecutor) browser).executeScript("return window.xss === undefined;")).isEqualTo(true);
		assertThat(((JavascriptExecutor) browser)
			.executeScript("return [...document.scripts].some((script) => script.textContent.includes('window.xss'));"))
			.isEqualTo(false);
	}

	private static Path createDir() {
		try {
			return Files.createTempDirectory("jixiao-untrusted");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
