package cn.jixiao.portal.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistrar;

import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.importing.ImportStatus;
import cn.jixiao.portal.BrowserTest;
import cn.jixiao.portal.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst opens a seeded filing whose 满意度 indicator has no number and sees the finding
 * on its row and in the review panel, filters the search page by that finding, follows a
 * count of the review summary to the search it stands for, and a finding whose text is
 * markup shows as text. The seeds are reviewed with the test rules, on a store of this
 * test's own.
 */
@Import({ TestReviewRules.class, TestAccounts.class })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewPageIT extends BrowserTest {

	private static final Path DATA_DIR = newDataDir("jixiao-review-page");

	private static final By HITS = By.cssSelector("#results .hit");

	private static final By TOTAL = By.cssSelector("#results .total");

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnStore {

		@Bean
		DynamicPropertyRegistrar ownDataDir() {
			return (registry) -> registry.add("jixiao.data-dir", DATA_DIR::toString);
		}

	}

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReviewRefresh refresh;

	@BeforeEach
	void reviewed() throws Exception {
		this.refresh.awaitIdle(Duration.ofSeconds(60));
	}

	@Test
	@Order(1)
	void seesAFindingOnItsFilingAndFiltersTheSearchByIt() {
		long filing = this.jdbc.queryForObject("""
				SELECT f.id FROM filing f JOIN unit u ON u.id = f.unit_id
				WHERE f.project_name = '网络信息系统运行与维护' AND u.name LIKE '%人力资源和社会保障局%'""", Long.class);
		open("/filings/" + filing);
		WebElement panel = waitFor(By.id("filing-review"));
		assertThat(panel.findElement(By.cssSelector("[data-severity=error]")).getText()).contains("错误").contains("1");
		assertThat(panel.findElement(By.cssSelector("[data-severity=note]")).getText()).contains("提示").contains("1");
		assertThat(panel.findElement(By.id("form-findings")).getText()).contains("提示").contains("库中没有该项目其他年度的申报");
		List<WebElement> flagged = all(By.cssSelector("#indicator-table tr.has-findings"));
		assertThat(flagged).hasSize(1);
		WebElement row = flagged.get(0);
		assertThat(row.findElement(By.cssSelector(".indicator-name")).getText()).isEqualTo("使用者满意度");
		WebElement finding = row.findElement(By.cssSelector(".row-findings .finding"));
		assertThat(finding.findElement(By.cssSelector(".severity")).getText()).isEqualTo("错误");
		assertThat(finding.getText()).contains("满意度指标应写比例").contains("“满意”");
		assertThat(finding.findElement(By.cssSelector(".finding-fix")).getText())
			.isEqualTo("建议：使用者满意度 ≥95.00(%)（2 份申报使用）");
		assertThat(finding.getAttribute("title")).isEqualTo("满意度未写比例");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({ block: 'center' });", row);
		screenshot("review-filing");

		open("/search");
		waitFor(TOTAL);
		Select findings = new Select(waitFor(By.id("finding")));
		waitUntil((driver) -> findings.getOptions().size() == 3);
		assertThat(findings.getOptions().get(1).getText()).isEqualTo("满意度未写比例（3 份）");
		String before = browser.findElement(TOTAL).getText();
		findings.selectByValue(TestReviewRules.SATISFACTION);
		waitUntil((driver) -> driver.getCurrentUrl().contains("finding=" + TestReviewRules.SATISFACTION)
				&& !driver.findElement(TOTAL).getText().equals(before));
		assertThat(browser.findElement(TOTAL).getText()).contains("28");
		browser.findElement(By.cssSelector("#type-filter button[data-type=project]")).click();
		waitUntil((driver) -> driver.getCurrentUrl().contains("type=project") && all(HITS).size() == 3);
		assertThat(all(By.cssSelector("#results .hit .title a"))).extracting(WebElement::getText)
			.containsExactlyInAnyOrder("外省市差旅费", "网络信息系统运行与维护", "编外人员工作经费");
		screenshot("review-search");

		browser.navigate().refresh();
		waitUntil((driver) -> all(HITS).size() == 3);
		assertThat(new Select(waitFor(By.id("finding"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(TestReviewRules.SATISFACTION);

		open("/library?finding=" + TestReviewRules.SATISFACTION);
		waitForText(By.id("library-summary"), "25");
		waitUntil((driver) -> new Select(driver.findElement(By.id("library-finding"))).getFirstSelectedOption()
			.getAttribute("value")
			.equals(TestReviewRules.SATISFACTION));
		assertThat(all(By.cssSelector("#library-table .lib-row"))).isNotEmpty();
	}

	@Test
	@Order(2)
	void aCountOfTheSummaryOpensTheSearchItStandsFor() {
		open("/review");
		waitFor(By.id("review-table"));
		assertThat(browser.findElement(By.cssSelector("nav.tabs a.active")).getText()).isEqualTo("审核");
		assertThat(browser.findElement(By.id("review-totals")).getText()).startsWith("合计");
		WebElement link = all(By.cssSelector("#review-table tbody a.finding-link[data-rule=satisfaction-target]"))
			.stream()
			.filter((a) -> a.findElement(By.xpath("ancestor::tr")).getText().contains("人力资源和社会保障局"))
			.findFirst()
			.orElseThrow();
		assertThat(link.getText()).isEqualTo("1");
		screenshot("review-summary");
		link.click();
		waitUntil((driver) -> driver.getCurrentUrl().contains("/search") && !all(HITS).isEmpty());
		assertThat(browser.getCurrentUrl()).contains("year=2025")
			.contains("finding=" + TestReviewRules.SATISFACTION)
			.contains("unit=");
		assertThat(all(By.cssSelector("#results .hit .meta"))).extracting(WebElement::getText)
			.allSatisfy((meta) -> assertThat(meta).contains("人力资源和社会保障局").contains("2025"));
		assertThat(browser.findElement(TOTAL).getText()).contains("11");
	}

	@Test
	@Order(3)
	void aFindingWhoseTextIsMarkupShowsAsText(@Autowired FilingImporter importer) throws Exception {
		String seed = Files.readString(Path.of("..", "seeds", "004_791103693362f411.txt"), StandardCharsets.UTF_8);
		// The first form's 使用者满意度 is written 满意: its finding quotes the target.
		String crafted = seed.replaceFirst("\t满意\t", "\t&lt;img src=x onerror=window.xss=3&gt;满意\t");
		assertThat(crafted).isNotEqualTo(seed);
		assertThat(importer.importFile("含标记的审核.txt", crafted.getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(ImportStatus.IMPORTED);
		this.refresh.awaitIdle(Duration.ofSeconds(60));
		long filing = this.jdbc.queryForObject("""
				SELECT f.id FROM filing f JOIN source_file s ON s.id = f.source_file_id
				WHERE s.name = '含标记的审核.txt' AND f.form_index = 1""", Long.class);
		open("/filings/" + filing);
		waitForText(By.cssSelector("#indicator-table tr.has-findings .row-findings"),
				"<img src=x onerror=window.xss=3>满意");
		assertThat(((JavascriptExecutor) browser).executeScript("return window.xss === undefined;")).isEqualTo(true);
		assertThat(browser.findElements(By.cssSelector("main img[onerror]"))).isEmpty();
	}

	private void waitUntil(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(condition::apply);
	}

}
