package cn.jixiao.indexer.importing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import cn.jixiao.indexer.TestIndexerApplication;
import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.index.SearchQuery;
import cn.jixiao.indexer.store.SourceFileRepository;
import cn.jixiao.indexer.store.StoredFilingRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search index that is missing, corrupt or truncated when the application starts is
 * rebuilt from the store, and the log says so; the store is left as it was.
 */
@ExtendWith(OutputCaptureExtension.class)
class IndexAtStartIT {

	@TempDir
	static Path work;

	private static Path seeded;

	@BeforeAll
	static void importSeeds() {
		seeded = work.resolve("seeded");
		try (ConfigurableApplicationContext context = start(seeded)) {
			List<FilingImporter.FileContent> seeds = SeedFiles.NAMES.stream()
				.map((name) -> new FilingImporter.FileContent(name, SeedFiles.bytes(name)))
				.toList();
			ImportSummary summary = context.getBean(FilingImporter.class).importBatch(seeds);
			assertThat(summary.forms()).as(summary.outcomes().toString()).isEqualTo(62);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "deleted", "every file emptied", "segments file truncated", "segments file garbled",
			"largest file garbled", "largest file truncated" })
	void damagedIndexIsRebuiltFromTheStoreAtStart(String damage, CapturedOutput output) throws IOException {
		Path data = work.resolve(damage.replace(' ', '-'));
		copy(seeded, data);
		Path index = data.resolve("index");
		damage(damage, index);
		try (ConfigurableApplicationContext context = start(data)) {
			SearchIndex searchIndex = context.getBean(SearchIndex.class);
			assertThat(context.getBean(StoredFilingRepository.class).count()).isEqualTo(62);
			assertThat(context.getBean(SourceFileRepository.class).count()).isEqualTo(5);
			assertThat(searchIndex.count(DocumentType.FILING)).isEqualTo(62);
			assertThat(searchIndex.count(DocumentType.INDICATOR)).isEqualTo(725);
			assertThat(searchIndex.search(SearchQuery.of("满意度")).total()).isPositive();
			assertThat(context.getBean(Reindexer.class).inStep()).isTrue();
		}
		assertThat(output).contains("search index rebuilt from the store: 787 documents");
	}

	private static void damage(String damage, Path index) throws IOException {
		switch (damage) {
			case "deleted" -> delete(index);
			case "every file emptied" -> eachFile(index, (file) -> truncate(file, 0));
			case "segments file truncated" -> truncate(segments(index), Files.size(segments(index)) / 2);
			case "segments file garbled" -> garble(segments(index));
			case "largest file garbled" -> garble(largest(index));
			case "largest file truncated" -> truncate(largest(index), Files.size(largest(index)) / 2);
			default -> throw new IllegalArgumentException(damage);
		}
	}

	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(TestIndexerApplication.class).web(WebApplicationType.NONE)
			.run("--jixiao.data-dir=" + data);
	}

	private static Path segments(Path index) throws IOException {
		try (Stream<Path> files = Files.list(index)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("segments_"))
				.findFirst()
				.orElseThrow();
		}
	}

	private static Path largest(Path index) throws IOException {
		try (Stream<Path> files = Files.list(index)) {
			return files.filter((file) -> !file.getFileName().toString().equals("write.lock"))
				.max(Comparator.comparingLong(IndexAtStartIT::size))
				.orElseThrow();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void garble(Path file) {
		try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
			for (long at = access.length() / 3; at < access.length() * 2 / 3; at += 7) {
				access.seek(at);
				access.write(0x5a);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void truncate(Path file, long length) {
		try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
			access.setLength(length);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void eachFile(Path dir, Consumer<Path> action) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			files.forEach(action);
		}
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

}
