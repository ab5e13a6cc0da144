package cn.jixiao.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on the embedded default with the shipped seeds imported, started once per
 * test JVM and shared by every test that extends this class (they must not change the
 * store; tests that import use a context of their own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SeededPortalTest {

	private static final Path DATA_DIR = createDataDir();

	@DynamicPropertySource
	static void seededPortal(DynamicPropertyRegistry registry) {
		registry.add("jixiao.data-dir", DATA_DIR::toString);
		registry.add("jixiao.seeds.dir", () -> Path.of("..", "seeds").toString());
	}

	private static Path createDataDir() {
		try {
			Path dir = Files.createTempDirectory("jixiao-portal-test");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
