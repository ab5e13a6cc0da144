package cn.jixiao.portal.execution;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
		assertThat(browser.findElement(By.id("execution-block")).getText()).contains("0.0%");
		screenshot("execution-detail");

		open("/execution");
		waitFor(By.cssSelector("#laggards tbody tr"));
		assertThat(loadMillis()).isLessThan(1000);
	}

}
