package cn.jixiao.portal.execution;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import cn.jixiao.portal.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst opens execution monitoring, finds the project that lags most at the top and
 * looks at its planned versus actual values.
 */
class ExecutionPageIT extends BrowserTest {

	@Test
	void theRedProjectLeadsTheLaggardsAndItsDetailShowsPlannedVersusActual() {
		open("/execution");
		waitFor(By.cssSelector("#laggards tbody tr"));
		assertThat(waitFor(By.cssSelector(".execution-tile.tile-red .tile-count")).getText()).isEqualTo("4");
		assertThat(browser.findElement(By.id("execution-budget-figure")).getText()).contains("跟踪期预算数");
		List<WebElement> rows = all(By.cssSelector("#laggards tbody tr"));
		assertThat(rows).hasSize(9);
		// 征地养老慰问经费: none of its 60 万元 spent by August, none of 2,000 elderly visited.
		WebElement top = rows.get(0);
		assertThat(top.findElement(By.cssSelector(".project-link")).getText()).isEqualTo("征地养老慰问经费");
		assertThat(top.findElement(By.cssSelector("td:first-child .light")).getAttribute("data-light"))
			.isEqualTo("red");
		assertThat(all(By.cssSelector("#findings tbody tr"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("#findings tbody .source-link")).getAttribute("href"))
			.matches(".*/sources/[^/?]+\\.txt\\?filing=\\d+#L\\d+$");
		assertThat(browser.findElement(By.cssSelector("#filter-unit option")).getText()).isEqualTo("实施单位：全部");
		screenshot("execution");

		top.findElement(By.cssSelector(".project-link")).click();
		waitFor(By.cssSelector("#planned-actual tbody tr"));
		assertThat(browser.findElement(By.cssSelector("#execution-detail-body h1")).getText()).contains("征地养老慰问经费");
		WebElement elderly = all(By.cssSelector("#planned-actual tbody tr")).stream()
			.filter((row) -> row.getText().contains("高龄老人慰问人数"))
			.findFirst()
			.orElseThrow();
		assertThat(elderly.findElement(By.cssSelector(".light")).getAttribute("data-light")).isEqualTo("red");
		assertThat(elderly.getText()).contains("=2000.00(人)").contains("1,333.33");
		assertThat(browser.findElement(By.id("filing-link")).getAttribute("href")).matches(".*/filings/\\d+$");
		assertThat(browser.findElement(By.id("source-link")).getAttribute("href"))
			.matches(".*/sources/[^/?]+\\.txt\\?filing=\\d+#L\\d+$");
		assertThat(browser.findElement(By.cssSelector(".execution-meta")).getText()).contains("实施单位：")
			.contains("跟踪时段：2024-01 至 2024-08");
		assertThat(browser.findElement(By.id("execution-block")).getText()).contains("0.0%");
		screenshot("execution-detail");

		open("/execution");
		waitFor(By.cssSelector("#laggards tbody tr"));
		assertThat(loadMillis()).isLessThan(1000);
	}

	@Test
	void theBackLinkIgnoresAReferrerOfAnotherOrigin() {
		open("/execution");
		String detail = waitFor(By.cssSelector("#laggards .project-link")).getAttribute("href");
		// The same portal under another host name is another origin; it sends its full
		// URL.
		String otherOrigin = browser.getCurrentUrl().replace("localhost", "127.0.0.1");
		browser.get(otherOrigin);
		signInHere();
		browser.get(otherOrigin);
		waitFor(By.cssSelector("#laggards tbody tr"));
		((JavascriptExecutor) browser).executeScript("""
				const meta = document.createElement('meta');
				meta.name = 'referrer';
				meta.content = 'unsafe-url';
				document.head.appendChild(meta);
				location.href = arguments[0];""", detail);
		waitFor(By.cssSelector("#planned-actual tbody tr"));
		assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.referrer"))
			.contains("127.0.0.1")
			.endsWith("/execution");
		assertThat(browser.findElement(By.id("execution-back")).getAttribute("href")).startsWith("http://localhost:")
			.endsWith("/execution");
	}

}
