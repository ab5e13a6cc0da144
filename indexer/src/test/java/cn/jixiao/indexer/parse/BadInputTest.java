package cn.jixiao.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.ParseResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever lands in the import folder, the parser answers with problems an analyst can
 * read, never with an exception that stops the import of every other file.
 */
class BadInputTest {

	/**
	 * Seconds, where a seed takes milliseconds: only a runaway (a backtracking regex, a
	 * loop) gets near.
	 */
	private static final Duration PARSE_TIME_LIMIT = Duration.ofSeconds(10);

	private static final int CUT_EVERY = 37;

	private static final long SHUFFLE_SEED = 20240901L;

	private static final int HUGE_CELL_LENGTH = 1_000_000;

	private static final String SATISFACTION = "满意度指标";

	/** Budget words without a form: a notice about filing, not a filing. */
	private static final String NOTICE = """
			关于做好2025年度预算编制工作的通知
			各预算单位：
			为全面实施预算绩效管理，各单位应当按照“谁申请资金，谁设定目标”的原则，在申报预算的同时填报绩效目标，\
			做到目标明确、指标细化、合理可行。项目支出应当设置产出指标、效益指标和满意度指标。
			特此通知。
			上海市财政局
			2024年9月1日
			""";

	private final FilingParser parser = new FilingParser();

	@ParameterizedTest(name = "{0}")
	@MethodSource("unreadableFiles")
	void unreadableFileGivesOneFileProblemAndNoForms(BadFile file) {
		ParseResult result = parse(file.name(), file.content());
		assertThat(result.forms()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo(file.name());
			assertThat(problem.line()).as("a problem with the whole file has no line").isNull();
			assertReadableChinese(problem);
		});
	}

	static Stream<BadFile> unreadableFiles() {
		return Stream.of(new BadFile("empty file", "empty.txt", new byte[0]),
				new BadFile("whitespace only", "blank.txt", utf8(" \n\t\t\r\n   \n\t")),
				new BadFile("random bytes with NULs", "random.bin", randomBytesWithNuls(4096)),
				new BadFile("PNG image", "scan.png", png()),
				new BadFile("the PDF instead of its text", "filing.pdf", pdf()),
				new BadFile("Chinese paragraph in UTF-8", "notice.txt", utf8(NOTICE)),
				new BadFile("Chinese paragraph in GB18030", "notice-gbk.txt", NOTICE.getBytes(SeedRenderings.GB18030)),
				new BadFile("separators only", "separators.txt",
						utf8("\t\t\t\t\n|  |  |  |\n| --- | --- | --- |\n--\t--\t--\t---------\n   \n||||\n")),
				new BadFile("one huge line", "huge.txt", utf8("没有表头的一段文字。\t=100.00(%)\t".repeat(100_000))));
	}

	@ParameterizedTest(name = "{0} cut after line {1}")
	@MethodSource("cutsEveryFewLines")
	void fileCutAtALineKeepsTheFormsBeforeTheCut(String seed, int keptLines) {
		assertTruncation(seed, firstLines(seed, keptLines), keptLines, keptLines);
	}

	static Stream<Arguments> cutsEveryFewLines() {
		return Seeds.names().stream().flatMap((seed) -> {
			List<String> lines = lines(Seeds.text(seed));
			return IntStream.iterate(CUT_EVERY, (line) -> line < lines.size(), (line) -> line + CUT_EVERY)
				.map((line) -> lastNonEmptyLine(lines, line))
				.distinct()
				.mapToObj((line) -> Arguments.of(seed, line));
		});
	}

	/**
	 * Cuts where a truncation must show: inside each form's indicator table, before its
	 * required rows.
	 */
	@TestFactory
	Stream<DynamicTest> formCutAfterItsFirstIndicatorRow() {
		return Seeds.names()
			.stream()
			.flatMap((seed) -> parse(seed, Seeds.bytes(seed)).forms()
				.stream()
				.filter((form) -> !form.indicators().isEmpty())
				.map((form) -> form.indicators().get(0).lines().last())
				.map((keptLines) -> DynamicTest.dynamicTest(seed + " cut after line " + keptLines,
						() -> assertTruncation(seed, firstLines(seed, keptLines), keptLines, keptLines))));
	}

	/**
	 * An interrupted download ends inside a character: here inside the first indicator
	 * row of the second form, so that a whole form comes before the cut. The lines before
	 * it are still good UTF-8.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void fileCutInsideACharacterKeepsTheFormsBeforeTheCut(String seed) {
		int cutLine = parse(seed, Seeds.bytes(seed)).forms().get(1).indicators().get(0).lines().first();
		String line = lines(Seeds.text(seed)).get(cutLine - 1);
		int firstChinese = IntStream.range(0, line.length())
			.filter((i) -> line.charAt(i) > 0x7f)
			.findFirst()
			.orElseThrow();
		byte[] kept = concat(firstLines(seed, cutLine - 1), utf8("\n" + line.substring(0, firstChinese + 1)));
		assertTruncation(seed, Arrays.copyOf(kept, kept.length - 1), cutLine - 1, cutLine);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void shuffledLinesGiveProblems(String seed) {
		List<String> lines = new ArrayList<>(lines(Seeds.text(seed)));
		Collections.shuffle(lines, new Random(SHUFFLE_SEED));
		ParseResult result = parse(seed, utf8(String.join("\n", lines)));
		assertWellFormed(result, seed, lines.size());
		assertThat(result.problems()).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void hugeCellDoesNotStopTheParse(String seed) {
		List<String> lines = new ArrayList<>(lines(Seeds.text(seed)));
		int longest = indexOfLongest(lines);
		lines.set(longest, withLongestCellGrown(lines.get(longest)));
		ParseResult original = parse(seed, Seeds.bytes(seed));
		ParseResult result = parse(seed, utf8(String.join("\n", lines)));
		assertWellFormed(result, seed, lines.size());
		assertThat(result.forms()).hasSameSizeAs(original.forms());
	}

	static List<String> seeds() {
		return Seeds.names();
	}

	/**
	 * A goal text grown past a megabyte: the same filing, one line that no row-wise scan
	 * expects.
	 */
	private static String withLongestCellGrown(String line) {
		List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
		int longest = indexOfLongest(cells);
		String cell = cells.get(longest);
		cells.set(longest, cell.repeat(HUGE_CELL_LENGTH / cell.length() + 1));
		return String.join("\t", cells);
	}

	private static int indexOfLongest(List<String> texts) {
		return IntStream.range(0, texts.size())
			.boxed()
			.max(Comparator.comparingInt((i) -> texts.get(i).length()))
			.orElseThrow();
	}

	/**
	 * The forms that end before the cut read as in the whole file; the form the cut runs
	 * through may be dropped or kept, and when what it lost is required, a new problem
	 * points into it.
	 */
	private void assertTruncation(String seed, byte[] kept, int wholeLines, int lineCount) {
		ParseResult original = parse(seed, Seeds.bytes(seed));
		ParseResult truncated = parse(seed, kept);
		assertWellFormed(truncated, seed, lineCount);
		List<Filing> complete = original.forms().stream().filter((form) -> form.lines().last() <= wholeLines).toList();
		Optional<Filing> cut = original.forms()
			.stream()
			.filter((form) -> form.lines().first() <= lineCount && form.lines().last() > wholeLines)
			.findFirst();
		assertThat(truncated.forms()).hasSizeBetween(complete.size(), complete.size() + (cut.isPresent() ? 1 : 0));
		assertThat(truncated.forms().subList(0, complete.size())).as("forms before the cut")
			.usingRecursiveComparison()
			.isEqualTo(complete);
		cut.ifPresent((form) -> assertCutForm(form, original, truncated, complete.size(), wholeLines, lineCount));
	}

	private static void assertCutForm(Filing form, ParseResult original, ParseResult truncated, int formsBefore,
			int wholeLines, int lineCount) {
		if (truncated.forms().size() > formsBefore) {
			assertThat(truncated.forms().get(formsBefore).lines().first()).as("start of the cut form")
				.isEqualTo(form.lines().first());
		}
		if (truncationShows(form, wholeLines)) {
			Set<ParseProblem> newProblems = new HashSet<>(truncated.problems());
			newProblems.removeAll(original.problems());
			assertThat(newProblems)
				.as("problems the cut in form %d (lines %d..%d) adds", form.index(), form.lines().first(),
						form.lines().last())
				.anySatisfy((problem) -> assertThat(problem.line()).isBetween(form.lines().first(), lineCount));
		}
	}

	/**
	 * A tracking form must end with its overall judgement and corrective measures, and
	 * every form needs 满意度 indicators; a target form cut after its first 满意度 row can look
	 * whole.
	 */
	private static boolean truncationShows(Filing form, int wholeLines) {
		if (form.kind() == FormKind.TRACKING) {
			return true;
		}
		return form.indicators()
			.stream()
			.filter((indicator) -> SATISFACTION.equals(indicator.level1()))
			.mapToInt((indicator) -> indicator.lines().first())
			.min()
			.stream()
			.anyMatch((firstSatisfactionLine) -> wholeLines < firstSatisfactionLine);
	}

	private static void assertWellFormed(ParseResult result, String fileName, int lineCount) {
		for (ParseProblem problem : result.problems()) {
			assertThat(problem.file()).as("file of %s", problem).isEqualTo(fileName);
			assertReadableChinese(problem);
			if (problem.line() != null) {
				assertThat(problem.line()).as("line of %s", problem).isBetween(1, lineCount);
			}
		}
		for (int i = 0; i < result.forms().size(); i++) {
			Filing form = result.forms().get(i);
			assertThat(form.source()).isEqualTo(fileName);
			assertThat(form.index()).as("index of form %d", i + 1).isEqualTo(i + 1);
			assertWithin(form.lines(), new LineRange(1, lineCount), "form " + form.index());
			for (Indicator indicator : form.indicators()) {
				assertWithin(indicator.lines(), form.lines(), "indicator " + indicator.name());
			}
		}
	}

	private static void assertWithin(LineRange inner, LineRange outer, String what) {
		assertThat(inner.first()).as("first line of %s", what).isBetween(outer.first(), outer.last());
		assertThat(inner.last()).as("last line of %s", what).isBetween(outer.first(), outer.last());
	}

	private static void assertReadableChinese(ParseProblem problem) {
		assertThat(problem.message()).as("message of %s", problem)
			.isNotBlank()
			.matches(
					(message) -> message.codePoints()
						.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					"has Chinese text");
	}

	private ParseResult parse(String fileName, byte[] content) {
		return assertTimeoutPreemptively(PARSE_TIME_LIMIT,
				() -> assertDoesNotThrow(() -> this.parser.parse(fileName, content), () -> "parsing " + fileName));
	}

	/**
	 * A file cut after an empty line ends in a line feed, and a final line feed ends the
	 * line before it rather than starting one: the cut is really after the last non-empty
	 * line.
	 */
	private static int lastNonEmptyLine(List<String> lines, int line) {
		int last = line;
		while (last > 1 && lines.get(last - 1).isEmpty()) {
			last--;
		}
		return last;
	}

	private static byte[] firstLines(String seed, int count) {
		return utf8(String.join("\n", lines(Seeds.text(seed)).subList(0, count)));
	}

	private static List<String> lines(String text) {
		return Arrays.asList(text.split("\n", -1));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] randomBytesWithNuls(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		for (int i = 0; i < length; i += 97) {
			bytes[i] = 0;
		}
		return bytes;
	}

	/** Signature and header chunk of a 16×16 RGBA image, then data that is not there. */
	private static byte[] png() {
		byte[] header = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0,
				16, 0, 0, 0, 16, 8, 6, 0, 0, 0, 0x1f, (byte) 0xf3, (byte) 0xff, 0x61 };
		return concat(header, randomBytesWithNuls(512));
	}

	/** What an analyst drops in when the PDF is at hand and its text export is not. */
	private static byte[] pdf() {
		byte[] header = utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Length 1024 /Filter /FlateDecode >>\nstream\n");
		return concat(header, randomBytesWithNuls(1024));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] bytes = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, bytes, first.length, second.length);
		return bytes;
	}

	/** A named input for test reports; {@link #toString()} is what the report shows. */
	record BadFile(String description, String name, byte[] content) {

		@Override
		public String toString() {
			return this.description;
		}

	}

}
