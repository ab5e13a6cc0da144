package cn.jixiao.portal.drafting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.portal.BrowserTest;
import cn.jixiao.portal.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst drafts 闵行社保中心's 鉴定、认定费 for 2027: takes three of the project's own indicators
 * from the suggestions, sees the review flag the satisfaction row when its target becomes
 * 满意 and clear it at ≥90%, saves, and exports; the exported workbook's cells and the
 * exported text both read back, through the parser, to what was drafted.
 */
class DraftingPageIT extends BrowserTest {

	private static final Path DATA_DIR = newDataDir("jixiao-drafting-page");

	private static final String GOAL = "通过开展鉴定、认定工作，保障区劳动能力鉴定和工伤认定工作的顺利实施，鉴定对象满意度达90%。";

	private static final By SATISFACTION_ROW = By.cssSelector("tr.draft-row[data-key='鉴定对象满意度']");

	private static final FormContent DRAFTED = new FormContent("鉴定、认定费", SampleDrafts.MINHANG_CENTRE,
			"上海市闵行区人力资源和社会保障局(汇总)", 2027, "经常性项目", "特定目标类", List.of("510000", "510000", "—", "—"), GOAL,
			List.of(new FormContent.Row("产出指标", "数量指标", "鉴定工作完成率", "=100.00(%)"),
					new FormContent.Row("产出指标", "质量指标", "鉴定结果准确性", "≥99.00(%)"),
					new FormContent.Row("满意度指标", "服务对象满意度指标", "鉴定对象满意度", "≥90%")));

	/**
	 * Drafts are saved in this test, so it runs on a store of its own and the shared
	 * seeded store stays as the other tests expect it. The seeded base class sets the
	 * folder in a {@code @DynamicPropertySource}, which a registrar bean overrides.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnStore {

		@Bean
		DynamicPropertyRegistrar ownDataDir() {
			return (registry) -> registry.add("jixiao.data-dir", DATA_DIR::toString);
		}

	}

	@Test
	void draftsAFilingFromSuggestionsFixesALiveFindingSavesAndExportsIt() throws Exception {
		open("/drafting");
		waitFor(By.cssSelector("#drafting-list-table, #drafting-list-empty"));
		browser.findElement(By.id("draft-start")).click();
		waitForText(By.id("draft-header-messages"), "请填写项目名称");

		type("draft-projectName", "鉴定、认定费");
		type("draft-unit", SampleDrafts.MINHANG_CENTRE + Keys.TAB);
		assertThat(browser.findElement(By.id("draft-department")).getDomProperty("value"))
			.as("the unit's department, filled in")
			.isEqualTo("上海市闵行区人力资源和社会保障局(汇总)");
		type("draft-year", "2027");
		new Select(browser.findElement(By.id("draft-projectNature"))).selectByVisibleText("经常性项目");
		new Select(browser.findElement(By.id("draft-projectCategory"))).selectByVisibleText("特定目标类");
		type("draft-total", "510,000");
		type("draft-fiscal", "510000.00");
		type("draft-goal", GOAL);
		screenshot("drafting-start");
		browser.findElement(By.id("draft-start")).click();
		wait(ExpectedConditions.urlMatches(".*/drafting\\?draft=\\d+$"));
		String draftId = browser.getCurrentUrl().replaceAll(".*draft=", "");

		waitFor(By.cssSelector("#draft-suggestions .draft-suggestion"));
		assertThat(browser
			.findElement(By.cssSelector("#draft-suggestions .draft-level2[data-level2='数量指标'] .draft-suggestion"))
			.getDomAttribute("class")).as("the same project's first").contains("lineage");
		assertThat(all(By.cssSelector("#draft-suggestions .draft-suggestion.lineage"))).hasSize(8);
		assertThat(browser.findElement(By.id("draft-basis")).getText()).contains("鉴定、认定费 2026年申报表", "同一项目");
		for (WebElement level2 : all(By.cssSelector("#draft-suggestions .draft-level2"))) {
			List<WebElement> items = level2.findElements(By.cssSelector(".draft-suggestion"));
			int lastLineage = -1;
			int firstOther = items.size();
			for (int i = 0; i < items.size(); i++) {
				if (items.get(i).getDomAttribute("class").contains("lineage")) {
					lastLineage = i;
				}
				else {
					firstOther = Math.min(firstOther, i);
				}
			}
			assertThat(lastLineage).isLessThan(firstOther);
		}
		WebElement satisfaction = suggestion("鉴定对象满意度");
		assertThat(satisfaction.getText()).contains("同一项目", "常用 ≥90.00(%)（1 张表）", "2 张表使用");

		adopt("鉴定对象满意度");
		adopt("鉴定工作完成率");
		adopt("鉴定结果准确性");
		wait((driver) -> all(By.cssSelector("tr.draft-row")).size() == 3);
		assertThat(all(By.cssSelector("tr.draft-row")).stream().map((row) -> row.getDomAttribute("data-key")))
			.as("rows in the form's order")
			.containsExactly("鉴定工作完成率", "鉴定结果准确性", "鉴定对象满意度");
		assertThat(suggestion("鉴定对象满意度").findElement(By.cssSelector(".draft-adopt")).isEnabled()).isFalse();
		assertThat(target(SATISFACTION_ROW).getDomProperty("value")).isEqualTo("≥90.00(%)");
		assertThat(browser.findElement(SATISFACTION_ROW).getText()).contains("同一项目 2026年");

		WebElement target = target(SATISFACTION_ROW);
		target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		target.sendKeys("满意");
		WebElement finding = waitFor(By.cssSelector("tr.draft-row[data-key='鉴定对象满意度'] .finding"));
		assertThat(finding.getText()).isNotBlank();
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		screenshot("drafting");

		target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		target.sendKeys("≥90%");
		wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.draft-row[data-key='鉴定对象满意度'] .finding"), 0));
		assertThat(browser.findElement(By.id("draft-status")).getText()).isEqualTo("有未保存的修改");

		new Select(browser.findElement(By.id("draft-add-level2"))).selectByVisibleText("服务对象满意度指标");
		type("draft-add-name", "办事群众满意度");
		type("draft-add-target", "≥95%");
		browser.findElement(By.id("draft-add")).click();
		WebElement own = waitFor(By.cssSelector("tr.draft-row[data-key='办事群众满意度']"));
		assertThat(own.getText()).contains("自拟");
		assertThat(all(By.cssSelector("tr.draft-row")).get(3)).isEqualTo(own);
		own.findElement(By.cssSelector(".draft-remove")).click();
		wait((driver) -> all(By.cssSelector("tr.draft-row")).size() == 3);

		browser.findElement(By.id("draft-save")).click();
		waitForText(By.id("draft-status"), "已保存");

		byte[] xlsx = download(browser.findElement(By.id("draft-export-xlsx")).getDomProperty("href"));
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("财政项目支出绩效目标申报表");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("鉴定、认定费");
			assertThat(sheet.getRow(12).getCell(1).getStringCellValue()).isEqualTo("产出指标");
			assertThat(sheet.getMergedRegions())
				.anySatisfy((region) -> assertThat(region.formatAsString()).isEqualTo("B13:B14"));
			assertThat(read(SheetText.of(sheet))).isEqualTo(DRAFTED);
		}
		String text = new String(download(browser.findElement(By.id("draft-export-txt")).getDomProperty("href")),
				StandardCharsets.UTF_8);
		assertThat(read(text)).isEqualTo(DRAFTED);

		open("/drafting");
		WebElement listed = waitFor(By.cssSelector("#drafting-list-table a.draft-open[href$='draft=" + draftId + "']"));
		assertThat(listed.findElement(By.xpath("./ancestor::tr")).getText()).contains("鉴定、认定费",
				SampleDrafts.MINHANG_CENTRE, "2027", "3");
		open("/drafting");
		waitFor(By.cssSelector("#drafting-list-table, #drafting-list-empty"));
		assertThat(loadMillis()).isLessThan(1000);

		open("/drafting?draft=" + draftId);
		waitFor(SATISFACTION_ROW);
		browser.findElement(By.id("draft-delete")).click();
		wait(ExpectedConditions.alertIsPresent()).accept();
		wait(ExpectedConditions.urlMatches(".*/drafting$"));
		waitFor(By.cssSelector("#drafting-list-table, #drafting-list-empty"));
		wait(ExpectedConditions
			.numberOfElementsToBe(By.cssSelector("#drafting-list a.draft-open[href$='draft=" + draftId + "']"), 0));
	}

	private static FormContent read(String text) {
		ParseResult read = new FilingParser().parse("draft.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(read.forms()).hasSize(1);
		Filing form = read.forms().get(0);
		assertThat(form.funds().total()).isEqualByComparingTo(new BigDecimal("510000"));
		return FormContent.of(form);
	}

	private void type(String id, CharSequence text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private WebElement suggestion(String key) {
		return browser.findElement(By.cssSelector("#draft-suggestions .draft-suggestion[data-key='" + key + "']"));
	}

	private void adopt(String key) {
		int rows = all(By.cssSelector("tr.draft-row")).size();
		suggestion(key).findElement(By.cssSelector(".draft-adopt")).click();
		wait((driver) -> all(By.cssSelector("tr.draft-row")).size() == rows + 1);
	}

	private static WebElement target(By row) {
		return browser.findElement(row).findElement(By.cssSelector(".draft-target"));
	}

	private static <T> T wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
	}

	/** The link's file, fetched as a script fetches it: signed in over HTTP Basic. */
	private static byte[] download(String url) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", TestAccounts.basicAuthorization())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment", "filename*=UTF-8''"));
		return response.body();
	}

}
