package cn.jixiao.indexer;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the indexer's Spring context: the H2 file store and the Lucene
 * index live in a folder of the test class's own ({@code jixiao.data-dir}), and the
 * context is closed after the class, so that every class starts from an empty store.
 * {@link MySqlStore} moves the store to MariaDB/MySQL; the index stays in the folder.
 */
@SpringBootTest(classes = TestIndexerApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class EmbeddedStoreTest {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("jixiao.data-dir", () -> dataDir.toString());
	}

}
