package cn.jixiao.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Browser tests in Debian's headless Chromium, driven by its chromedriver (never a
 * downloaded browser), against the seeded portal at 1366×768. Without Chromium the tests
 * are skipped, except in CI ({@code CI=true}), where a missing browser fails them.
 * Screenshots go to {@code target/screenshots/}. The browser signs in once, as
 * {@link TestAccounts}' administrator, before its first page.
 */
public abstract class BrowserTest extends SeededPortalTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	protected static WebDriver browser;

	private static Path profile;

	private static boolean signedIn;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
					+ " (Debian packages chromium and chromium-driver)");
		}
		assumeTrue(available, "no Chromium here: install Debian's chromium and chromium-driver");
		profile = Files.createTempDirectory("jixiao-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
				"--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		signedIn = false;
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void signIn() {
		if (signedIn) {
			return;
		}
		open("/login");
		signInHere();
		signedIn = true;
	}

	/**
	 * Fills the login page the browser shows (a host name of its own has its own session)
	 * and waits for the page it leads to.
	 */
	protected void signInHere() {
		waitFor(By.id("username")).sendKeys(TestAccounts.ADMIN);
		browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		waitFor(By.id("logout"));
	}

	/** Opens a portal path, e.g. {@code /search?q=满意度}. */
	protected void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	protected WebElement waitFor(By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	protected List<WebElement> all(By by) {
		return browser.findElements(by);
	}

	/** Waits until the element's text contains the given text. */
	protected void waitForText(By by, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	protected Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Milliseconds from navigation start to the load event, as the browser measured it.
	 */
	protected long loadMillis() {
		Object value = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"const t = performance.getEntriesByType('navigation')[0]; return Math.round(t.loadEventEnd - t.startTime);");
		return ((Number) value).longValue();
	}

}
