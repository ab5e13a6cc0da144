package cn.jixiao.indexer.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.parse.FilingParser;

/**
 * The 62 seed forms as the parser reads them (Maven runs the tests in the module folder),
 * for the rules' examples: a form by its file and 1-based position.
 */
final class SeedForms {

	static final Path DIRECTORY = Path.of("..", "seeds");

	/** 上海市闵行区社会保障服务中心, 7 target forms of 2026. */
	static final String MINHANG_2026 = "000_84ecacd54c532934.txt";

	/** 上海市闵行区社会保障服务中心, 9 tracking forms of 2024-01..2024-08. */
	static final String MINHANG_TRACKING_2024 = "001_eaeb872d98338714.txt";

	/** 上海市社会保险事业管理中心, 3 target forms of 2022 (older layout). */
	static final String SHEBAO_2022 = "002_a412ae7c9559c2f7.txt";

	/** 上海市闵行区浦锦街道社区事务受理服务中心, 10 target forms of 2024. */
	static final String PUJIN_2024 = "003_bf248a867c0d17a1.txt";

	/** 上海市松江区人社局 (本级) and four of its centres, 33 target forms of 2025. */
	static final String SONGJIANG_2025 = "004_791103693362f411.txt";

	static final List<String> FILES = List.of(MINHANG_2026, MINHANG_TRACKING_2024, SHEBAO_2022, PUJIN_2024,
			SONGJIANG_2025);

	private static final List<Filing> ALL = parse();

	private SeedForms() {
	}

	static List<Filing> all() {
		return ALL;
	}

	static Filing form(String file, int index) {
		return ALL.stream()
			.filter((form) -> form.source().equals(file) && form.index() == index)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no form " + index + " in " + file));
	}

	private static List<Filing> parse() {
		FilingParser parser = new FilingParser();
		List<Filing> forms = new ArrayList<>();
		for (String file : FILES) {
			try {
				forms.addAll(parser.parse(DIRECTORY.resolve(file)).forms());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return List.copyOf(forms);
	}

}
