package cn.jixiao.indexer.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScratchStoreTest {

	private static final Path FOLDER = Path.of("/tmp/jixiao-bench123");

	@Test
	void theEmbeddedStoreInTheScratchFolderIsNewForEachImport() {
		assertThat(ScratchStore.outsideFolder("jdbc:h2:file:/tmp/jixiao-bench123/store;DB_CLOSE_ON_EXIT=FALSE", FOLDER))
			.isEmpty();
	}

	@Test
	void anyOtherStoreNeedsAScratchDatabase() {
		assertThat(ScratchStore.outsideFolder("jdbc:h2:file:/var/lib/jixiao/store", FOLDER)).isPresent();
		assertThat(ScratchStore.outsideFolder(null, FOLDER)).isPresent();
		assertThat(ScratchStore.outsideFolder("jdbc:mysql://db:3306/jixiao?user=portal&password=secret", FOLDER))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("jdbc:mysql://db:3306/jixiao ")
				.contains("--scratch-database=NAME")
				.doesNotContain("secret"));
	}

}
