package cn.jixiao.indexer.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed files in the repository's {@code seeds/} directory, found from wherever the
 * tests run (Maven runs them in the module directory, an IDE often in the repository
 * root).
 */
final class Seeds {

	private Seeds() {
	}

	static List<String> names() {
		try (Stream<Path> files = Files.list(directory())) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".txt"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(directory().resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	private static Path directory() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("seeds"))) {
				return dir.resolve("seeds");
			}
		}
		throw new IllegalStateException("no seeds/ directory above " + Path.of("").toAbsolutePath());
	}

}
