package cn.jixiao.portal.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile's instructions, continuation lines joined and comments left out.
 */
record Dockerfile(List<Instruction> instructions) {

	/** One instruction: its keyword in capitals and the rest of the line. */
	record Instruction(String keyword, String arguments) {

		List<String> words() {
			return List.of(this.arguments.trim().split("\\s+"));
		}

	}

	static Dockerfile read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines) {
			String trimmed = line.trim();
			if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				current.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			current.append(trimmed);
			String[] parts = current.toString().split("\\s+", 2);
			instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), (parts.length > 1) ? parts[1] : ""));
			current.setLength(0);
		}
		return new Dockerfile(List.copyOf(instructions));
	}

	/** The instructions of the last stage: the image that runs. */
	Dockerfile finalStage() {
		int from = 0;
		for (int i = 0; i < this.instructions.size(); i++) {
			if (this.instructions.get(i).keyword().equals("FROM")) {
				from = i;
			}
		}
		return new Dockerfile(this.instructions.subList(from, this.instructions.size()));
	}

	List<Instruction> all(String keyword) {
		return this.instructions.stream().filter((instruction) -> instruction.keyword().equals(keyword)).toList();
	}

	/** The argument of the last instruction with this keyword, or empty. */
	String last(String keyword) {
		List<Instruction> matching = all(keyword);
		return matching.isEmpty() ? "" : matching.get(matching.size() - 1).arguments().trim();
	}

}
