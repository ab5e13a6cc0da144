package cn.jixiao.portal.compare;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.jixiao.portal.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst compares the budgets of 闵行区社会保障服务中心 across years, follows a renamed
 * project's lineage and looks at its two years side by side.
 */
class ComparePageIT extends BrowserTest {

	private static final String UNIT = "上海市闵行区社会保障服务中心";

	@Test
	void comparesAUnitAcrossYearsAndFollowsARenamedProject() {
		open("/compare");
		waitFor(By.cssSelector("#compare-scope option"));
		Select scope = new Select(browser.findElement(By.id("compare-scope")));
		WebElement unit = scope.getOptions()
			.stream()
			.filter((option) -> option.getText().startsWith(UNIT))
			.findFirst()
			.orElseThrow();
		assertThat(unit.getText()).contains("2 个年度");
		scope.selectByValue(unit.getDomAttribute("value"));
		waitForText(By.id("compare-scope-title"), UNIT);
		waitForText(By.id("compare-budgets"), "案件调查经费");
		assertThat(all(By.cssSelector("#compare-chart canvas"))).isNotEmpty();
		List<WebElement> headers = all(By.cssSelector("#compare-budgets thead th"));
		assertThat(headers).extracting(WebElement::getText).contains("2024年", "2026年", "合计");
		WebElement renamed = row("#compare-budgets", "案件调查经费");
		assertThat(renamed.getText()).contains("300,000.00").contains("180,000.00").contains("480,000.00");
		assertThat(browser.findElement(By.cssSelector("#compare-budgets tfoot")).getText()).startsWith("合计");
		assertThat(browser.findElement(By.id("compare-footnote")).getText()).contains("年初预算数").contains("只计一次");
		assertThat(all(By.cssSelector("#compare-departments tbody tr"))).hasSize(4);

		browser.findElement(By.cssSelector("#compare-amount button[data-unit=wan]")).click();
		waitForText(By.id("compare-budgets"), "48.00");
		assertThat(row("#compare-budgets", "案件调查经费").getText()).contains("30.00").contains("18.00");
		assertThat(browser.getCurrentUrl()).contains("amountUnit=wan").contains("unit=");
		assertThat(browser.findElement(By.cssSelector("#compare-table a[data-export=csv]")).getDomAttribute("href"))
			.contains("amountUnit=wan");
		screenshot("compare");

		String bookmark = browser.getCurrentUrl();
		open(bookmark.substring(bookmark.indexOf("/compare")));
		waitForText(By.id("compare-budgets"), "48.00");
		long millis = loadMillis();
		assertThat(millis).isLessThan(1000);

		WebElement find = browser.findElement(By.id("compare-find-input"));
		find.sendKeys("案件调查经费");
		waitFor(By.cssSelector("#compare-find-results a.compare-hit")).click();
		waitForText(By.id("lineage-timeline"), "案件调查经费");
		List<WebElement> steps = all(By.cssSelector("#lineage-timeline .lineage-step"));
		assertThat(steps).hasSize(2);
		assertThat(steps.get(0).getText()).contains("2024年").contains("外省市差旅费");
		assertThat(steps.get(1).getText()).contains("2026年").contains("案件调查经费");
		assertThat(steps.get(0).findElement(By.cssSelector("a.lineage-name")).getDomAttribute("href"))
			.matches("/filings/\\d+");
		WebElement link = browser.findElement(By.cssSelector("#lineage-timeline .lineage-arrow"));
		assertThat(link.getDomAttribute("data-reason")).isEqualTo("GOAL_TEXT");
		assertThat(link.getText()).contains("年度目标文本相近").contains("1.00");
		assertThat(link.findElements(By.cssSelector("button[data-verdict=SPLIT]"))).hasSize(1);
		assertThat(browser.findElement(By.id("lineage-title")).getText()).isEqualTo("案件调查经费");
		assertThat(steps.get(0).getText()).contains("30.00 万元");
		screenshot("lineage");

		browser.findElement(By.cssSelector("#lineage-years button[type=submit]")).click();
		waitForText(By.id("years-sides"), "外省市差旅费");
		assertThat(browser.getCurrentUrl()).contains("from=2024").contains("to=2026").contains("amountUnit=wan");
		assertThat(browser.findElement(By.id("years-difference")).getText()).isEqualTo("-12.00 万元");
		assertThat(all(By.cssSelector("#years-indicators tr.added"))).isNotEmpty();
		assertThat(all(By.cssSelector("#years-indicators tr.removed"))).isNotEmpty();
		assertThat(browser.findElement(By.id("years-counts")).getText()).contains("新增").contains("删除");
		screenshot("compare-years");
	}

	private WebElement row(String table, String text) {
		new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.xpath(xpath(table, text))).isEmpty());
		return browser.findElement(By.xpath(xpath(table, text)));
	}

	private static String xpath(String table, String text) {
		return "//table[@id='" + table.substring(1) + "']//tbody/tr[td[1][contains(., '" + text + "')]]";
	}

}
