package cn.jixiao.portal.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import cn.jixiao.portal.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst uploads a filing under a new name together with a broken file. Its own data
 * folder keeps the upload out of the shared seeded store.
 */
class ImportPageIT extends BrowserTest {

	private static final Path DATA_DIR = newDataDir("jixiao-import-page");

	@Value("${jixiao.data-dir}")
	private String dataDir;

	/**
	 * The seeded base class sets the data folder in a {@code @DynamicPropertySource},
	 * which wins over a subclass's; a registrar bean is applied after it and overrides
	 * it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnStore {

		@Bean
		DynamicPropertyRegistrar ownDataDir() {
			return (registry) -> registry.add("jixiao.data-dir", DATA_DIR::toString);
		}

	}

	@Test
	void uploadsAFilingAndABrokenFileAndSeesWhatHappenedToEach() throws IOException {
		assertThat(Path.of(this.dataDir)).isEqualTo(DATA_DIR);
		Path upload = newDataDir("jixiao-upload");
		Path filing = Files.write(upload.resolve("闵行社保中心跟踪表-2024年8月.txt"), ImportApiTest.seed());
		Path broken = Files.write(upload.resolve("截断的跟踪表.txt"), ImportApiTest.broken());

		open("/import");
		waitFor(By.id("import-recent-table"));
		browser.findElement(By.id("import-files")).sendKeys(filing + "\n" + broken);
		waitForText(By.id("import-selected"), "已选择 2 个文件");
		assertThat(browser.findElement(By.id("import-selected")).getText())
			.matches("已选择 2 个文件：闵行社保中心跟踪表-2024年8月\\.txt（[\\d.,]+ KB）、截断的跟踪表\\.txt（\\d+ B）");
		browser.findElement(By.id("import-submit")).click();
		waitFor(By.cssSelector("#import-results-table tbody tr"));
		List<WebElement> rows = all(By.cssSelector("#import-results-table tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).findElement(By.cssSelector(".import-status")).getText()).isEqualTo("已导入");
		assertThat(rows.get(0).getText()).contains("闵行社保中心跟踪表-2024年8月.txt").contains("9").contains("78");
		assertThat(rows.get(0).findElements(By.cssSelector("a.import-filing"))).hasSize(5)
			.first()
			.satisfies((link) -> assertThat(link.getAttribute("href")).matches(".*/filings/\\d+$"));
		assertThat(rows.get(1).findElement(By.cssSelector(".import-status")).getText()).isEqualTo("未导入");
		assertThat(rows.get(1).getText()).contains("第 1 行").contains("表单缺少项目名称");
		assertThat(browser.findElement(By.id("import-summary")).getText()).contains("新导入 1").contains("未导入 1");
		waitForText(By.id("import-recent-table"), "闵行社保中心跟踪表-2024年8月.txt");
		screenshot("import");

		open("/import");
		waitFor(By.id("import-recent-table"));
		assertThat(loadMillis()).isLessThan(1000);
	}

}
