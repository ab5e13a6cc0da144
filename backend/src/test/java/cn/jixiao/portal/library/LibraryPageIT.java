package cn.jixiao.portal.library;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.jixiao.portal.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst looks for well-formed satisfaction indicators, opens one, then narrows the
 * library to one unit.
 */
class LibraryPageIT extends BrowserTest {

	private static final By SATISFACTION_ROW = By.cssSelector("tr.lib-row[data-key='服务对象满意度']");

	@Test
	void findsSatisfactionIndicatorsWithUsageTargetsAndScore() {
		open("/library");
		waitFor(By.id("library-table"));
		browser.findElement(By.id("library-q")).sendKeys("满意度");
		browser.findElement(By.id("library-search")).click();
		WebElement row = waitFor(SATISFACTION_ROW);
		assertThat(browser.getCurrentUrl()).contains("q=");
		assertThat(row.getText()).contains("服务对象满意度指标", "5 张表 · 2 个单位", "≥90% ×5", "中位数 90");
		assertThat(row.findElement(By.cssSelector(".lib-score")).getText()).isEqualTo("100");
		WebElement weaker = waitFor(By.cssSelector("tr.lib-row[data-key='使用者满意度']"));
		assertThat(weaker.findElement(By.cssSelector(".lib-score")).getText()).isEqualTo("85");
		assertThat(weaker.findElement(By.cssSelector(".lib-reason")).getText()).contains("满意度指标应写比例", "满意");

		weaker.findElement(By.cssSelector(".lib-expand")).click();
		WebElement more = waitFor(By.cssSelector("tr.lib-more .lib-examples"));
		assertThat(more.findElements(By.cssSelector("a[href^='/filings/']"))).hasSize(4);

		waitFor(SATISFACTION_ROW).findElement(By.cssSelector("a.lib-detail")).click();
		waitForText(By.id("library-name"), "服务对象满意度");
		assertThat(browser.getCurrentUrl()).contains("/library/indicator?", "level2=", "key=");
		assertThat(waitFor(By.id("library-targets-table")).getText()).contains("≥90%");
		assertThat(browser.findElement(By.id("library-usage")).getText()).contains("5", "2025");
		assertThat(all(By.cssSelector("#library-chart canvas"))).isNotEmpty();
		assertThat(browser.findElement(By.id("library-stats-table")).getText()).contains("%", "90");
		assertThat(all(By.cssSelector("#library-examples-table a[href^='/filings/']"))).hasSize(5);

		open("/library");
		waitFor(By.id("library-table"));
		new Select(browser.findElement(By.id("library-unit"))).selectByVisibleText("上海市闵行区社会保障服务中心");
		new WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("unit="));
		waitForText(By.id("library-summary"), "组指标");
		waitFor(By.cssSelector("tr.lib-row"));
		assertThat(all(By.cssSelector("tr.lib-row .lib-filings")))
			.allSatisfy((usage) -> assertThat(usage.getText()).endsWith("1 个单位"));
		assertThat(new Select(browser.findElement(By.id("library-unit"))).getFirstSelectedOption().getText())
			.isEqualTo("上海市闵行区社会保障服务中心");

		open("/library?q=满意度");
		waitFor(SATISFACTION_ROW);
		open("/library?q=满意度");
		waitFor(SATISFACTION_ROW);
		assertThat(loadMillis()).isLessThan(1000);
		screenshot("library");
	}

}
