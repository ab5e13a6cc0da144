package cn.jixiao.indexer.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.jixiao.indexer.filing.Filing;

/**
 * The shipped seed files (Maven runs the tests in the module folder) and variants of them
 * made for import tests.
 */
final class SeedFiles {

	static final Path DIRECTORY = Path.of("..", "seeds");

	/** 上海市闵行区社会保障服务中心, 7 target forms of 2026. */
	static final String TARGETS_2026 = "000_84ecacd54c532934.txt";

	/** 上海市闵行区社会保障服务中心, 9 tracking forms of 2024-01..2024-08. */
	static final String TRACKING_2024 = "001_eaeb872d98338714.txt";

	/** 上海市松江区人社局 (本级) and four of its centres, 33 target forms of 2025. */
	static final String SONGJIANG_2025 = "004_791103693362f411.txt";

	static final List<String> NAMES = List.of(TARGETS_2026, TRACKING_2024, "002_a412ae7c9559c2f7.txt",
			"003_bf248a867c0d17a1.txt", SONGJIANG_2025);

	private SeedFiles() {
	}

	static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(DIRECTORY.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The seed's first lines only, up to and including {@code lastLine}. */
	static byte[] firstLines(String name, int lastLine) {
		List<String> lines = new String(bytes(name), StandardCharsets.UTF_8).lines().limit(lastLine).toList();
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Different bytes, the same forms: a trailing blank line. */
	static byte[] touched(String name) {
		return (new String(bytes(name), StandardCharsets.UTF_8) + "\n\n").getBytes(StandardCharsets.UTF_8);
	}

	/** A copy of the form with another project name. */
	static Filing renamed(Filing form, String projectName) {
		return new Filing(form.source(), form.index(), form.kind(), form.year(), form.trackingPeriod(), projectName,
				form.department(), form.unit(), form.projectNature(), form.projectCategory(), form.startDate(),
				form.endDate(), form.funds(), form.execution(), form.annualGoal(), form.goalProgress(),
				form.budgetCompletionLikelihood(), form.goalCompletionLikelihood(), form.correctiveMeasures(),
				form.lines(), form.indicators());
	}

}
