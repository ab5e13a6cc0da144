package cn.jixiao.portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.jixiao.portal.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst looks up satisfaction indicators, narrows them to one Songjiang unit in 2025
 * and opens a filing.
 */
class SearchPageIT extends BrowserTest {

	private static final By HITS = By.cssSelector("#results .hit");

	private static final By TOTAL = By.cssSelector("#results .total");

	private void waitUntil(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(condition::apply);
	}

	/** The facet's checkbox whose value contains the text. */
	private WebElement facetValue(String facet, String text) {
		return all(By.cssSelector("input[data-facet=" + facet + "]")).stream()
			.filter((input) -> input.getAttribute("value").contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + facet + " facet value containing " + text));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void findsSatisfactionIndicatorsNarrowsThemToSongjiang2025AndOpensAFiling() {
		open("/");
		WebElement box = waitFor(By.id("q"));
		assertThat(browser.getCurrentUrl()).contains("/search");
		waitFor(TOTAL);
		box.sendKeys("满意度");
		browser.findElement(By.id("search-submit")).click();
		waitUntil((driver) -> driver.getCurrentUrl().contains("q=")
				&& !all(By.cssSelector("#results .hit mark")).isEmpty());
		List<WebElement> marks = all(By.cssSelector("#results .hit .title mark"));
		assertThat(marks).isNotEmpty();
		assertThat(marks.get(0).getText()).isEqualTo("满意度");
		String totalBefore = browser.findElement(TOTAL).getText();

		WebElement songjiang = facetValue("unit", "松江");
		String unit = songjiang.getAttribute("value");
		songjiang.click();
		waitUntil((driver) -> !driver.findElement(TOTAL).getText().equals(totalBefore));
		facetValue("year", "2025").click();
		waitUntil((driver) -> driver.getCurrentUrl().contains("year=2025")
				&& all(By.cssSelector("input[data-facet=year]")).size() == 1 && !all(HITS).isEmpty());
		List<WebElement> hits = all(HITS);
		assertThat(hits).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.findElement(By.cssSelector(".meta")).getText()).contains(unit)
				.contains("2025"));
		assertThat(all(By.cssSelector("input[data-facet=year]")))
			.allSatisfy((input) -> assertThat(input.getAttribute("value")).isEqualTo("2025"));
		assertThat(browser.getCurrentUrl()).contains("unit=").contains("year=2025");
		screenshot("search");

		String url = browser.getCurrentUrl();
		open(url.substring(url.indexOf("/search")));
		waitFor(HITS);
		assertThat(loadMillis()).isLessThan(1000);
		assertThat(all(By.cssSelector("input[data-facet=unit]:checked"))).hasSize(1);

		String name = browser.findElement(By.cssSelector("#results .hit .title a")).getText();
		browser.findElement(By.cssSelector("#results .hit .title a")).click();
		waitFor(By.id("indicator-table"));
		assertThat(browser.findElement(By.id("filing-header")).getText()).contains("项目名称", "主管部门", "实施单位")
			.contains(unit);
		List<WebElement> level1Cells = all(By.cssSelector("#indicator-table td.level1"));
		assertThat(level1Cells).extracting(WebElement::getText).contains("产出指标", "满意度指标");
		assertThat(level1Cells)
			.anySatisfy((cell) -> assertThat(Integer.parseInt(cell.getAttribute("rowspan"))).isGreaterThan(1));
		assertThat(browser.findElement(By.id("indicator-table")).getText()).contains(name);
		assertThat(browser.findElement(By.id("source-link")).getAttribute("href")).contains("/sources/").contains("#L");
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		screenshot("filing");
		open(browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/filings/")));
		waitFor(By.id("indicator-table"));
		assertThat(loadMillis()).isLessThan(1000);
	}

	@Test
	void conditionsShowAsChipsThatCanBeRemoved() {
		open("/search?q=" + encode("满意度 指标值<95%"));
		WebElement chip = waitFor(By.cssSelector("#conditions .chip"));
		assertThat(chip.getText()).contains("指标值 < 95%");
		waitFor(HITS);
		chip.findElement(By.cssSelector(".chip-remove")).click();
		waitUntil((driver) -> all(By.cssSelector("#conditions .chip")).isEmpty());
		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("满意度");
	}

	@Test
	void sourceViewHighlightsTheFormsLines() {
		open("/search?q=" + encode("鉴定、认定费") + "&type=project");
		waitFor(HITS).findElement(By.cssSelector(".title a")).click();
		WebElement link = waitFor(By.id("source-link"));
		String href = link.getAttribute("href");
		String line = href.substring(href.indexOf("#L") + 2);
		link.click();
		WebElement target = waitFor(By.id("L" + line));
		waitUntil((driver) -> target.getAttribute("class").contains("target"));
		assertThat(target.getAttribute("class")).contains("in-form");
		assertThat(all(By.cssSelector(".source-line.in-form")).size()).isGreaterThan(5);
	}

}
