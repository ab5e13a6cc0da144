package cn.jixiao.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on the embedded default with the shipped seeds imported, started once per
 * test JVM and shared by every test that extends this class (they must not change the
 * store; tests that import use a context of their own). Its clients sign in as
 * {@link TestAccounts}' administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
public abstract class SeededPortalTest {

	private static final Path DATA_DIR = newDataDir("jixiao-portal-test");

	@DynamicPropertySource
	static void seededPortal(DynamicPropertyRegistry registry) {
		registry.add("jixiao.data-dir", DATA_DIR::toString);
		registry.add("jixiao.seeds.dir", () -> Path.of("..", "seeds").toString());
	}

	/**
	 * A new, empty folder, removed when the test JVM ends: the data folder of a test
	 * whose store must be its own, or a place for files to upload.
	 */
	public static Path newDataDir(String prefix) {
		try {
			Path dir = Files.createTempDirectory(prefix);
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
