package cn.jixiao.indexer.parse;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import cn.jixiao.indexer.parse.SeedRenderings.Rendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format tests can only blame the parser if the renderings are right: these pin them
 * down on small samples and on the seeds themselves.
 */
class SeedRenderingsTest {

	private static final String SAMPLE = String.join("\n", "财政项目支出绩效目标申报表", "项目名称\t鉴定、认定费\t\t项目性质",
			"\t\t数量指标\t鉴定工作完成率\t=100.00(%)\t", "\t满意度(%)\t≥90.00 (%)\t≤2人\t<p>≥3</p>\t$\\geq 95\\%$", "");

	@Test
	void pipeTableWritesEveryCellOfLinesWithTabs() {
		assertThat(SeedRenderings.pipeTable(SAMPLE)).isEqualTo(String.join("\n", "财政项目支出绩效目标申报表",
				"| 项目名称 | 鉴定、认定费 |  | 项目性质 |", "|  |  | 数量指标 | 鉴定工作完成率 | =100.00(%) |  |",
				"|  | 满意度(%) | ≥90.00 (%) | ≤2人 | <p>≥3</p> | $\\geq 95\\%$ |", ""));
	}

	@Test
	void spaceColumnsPadsEachColumnToItsWidestCell() {
		String table = String.join("\n", "项目名称\t劳动关系\t\t项目性质", "\t其中:  财政资金\t\t0.00 ", "(2024年度)");
		assertThat(SeedRenderings.spaceColumns(table))
			.isEqualTo(String.join("\n", "项目名称  劳动关系        项目性质", "      其中: 财政资金    0.00", "(2024年度)"));
	}

	@Test
	void asciiOperatorsChangesValueCellsOnly() {
		assertThat(SeedRenderings.asciiOperators(SAMPLE))
			.isEqualTo(SAMPLE.replace("≥90.00", ">=90.00").replace("≤2人", "<=2人"));
	}

	@Test
	void fullWidthUnitBracketsChangesTheUnitOfValueCellsOnly() {
		assertThat(SeedRenderings.fullWidthUnitBrackets(SAMPLE))
			.isEqualTo(SAMPLE.replace("=100.00(%)", "=100.00（%）").replace("≥90.00 (%)", "≥90.00 （%）"));
	}

	@Test
	void threeCellValuesSplitsOperatorNumberAndUnit() {
		assertThat(SeedRenderings.threeCellValues(SAMPLE)).isEqualTo(SAMPLE.replace("=100.00(%)", "=\t100.00\t(%)")
			.replace("≥90.00 (%)", "≥\t90.00\t(%)")
			.replace("≤2人", "≤\t2\t人"));
	}

	@Test
	void crlfWithBomStartsWithTheUtf8MarkAndEndsLinesWithCrlf() {
		assertThat(SeedRenderings.crlfWithBom("甲\t乙\n丙"))
			.isEqualTo(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xe7, (byte) 0x94, (byte) 0xb2, '\t',
					(byte) 0xe4, (byte) 0xb9, (byte) 0x99, '\r', '\n', (byte) 0xe4, (byte) 0xb8, (byte) 0x99 });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void gb18030BytesDecodeToTheSeedButAreNotUtf8(String seed) {
		byte[] bytes = SeedRenderings.gb18030Bytes(Seeds.text(seed));
		assertThat(new String(bytes, SeedRenderings.GB18030)).isEqualTo(Seeds.text(seed));
		assertThat(bytes).isNotEqualTo(Seeds.bytes(seed));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void pipeTableKeepsEveryCell(String seed) {
		String unpiped = Arrays.stream(SeedRenderings.pipeTable(Seeds.text(seed)).split("\n", -1))
			.map((line) -> line.startsWith("| ") ? line.substring(2, line.length() - 2).replace(" | ", "\t") : line)
			.reduce((a, b) -> a + "\n" + b)
			.orElseThrow();
		assertThat(unpiped).isEqualTo(Seeds.text(seed));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void spaceColumnsKeepsEveryNonEmptyCellInOrder(String seed) {
		String[] original = Seeds.text(seed).split("\n", -1);
		String[] rendered = SeedRenderings.spaceColumns(Seeds.text(seed)).split("\n", -1);
		assertThat(rendered).hasSameSizeAs(original);
		for (int i = 0; i < original.length; i++) {
			assertThat(nonEmptyCells(rendered[i], "\\s{2,}")).as("line %d", i + 1)
				.isEqualTo(nonEmptyCells(original[i], "\t"));
		}
	}

	@Test
	void everyRenderingChangesSomeSeed() {
		for (Rendering rendering : SeedRenderings.RENDERINGS) {
			assertThat(Seeds.names()).as(rendering.name())
				.anyMatch((seed) -> !Arrays.equals(rendering.apply(Seeds.text(seed)), Seeds.bytes(seed)));
		}
	}

	/**
	 * Line feeds count lines in UTF-8 and GB18030 alike: neither uses the byte inside a
	 * character.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void everyRenderingKeepsEveryLineOnItsNumber(String seed) {
		long lineFeeds = lineFeeds(Seeds.bytes(seed));
		for (Rendering rendering : SeedRenderings.RENDERINGS) {
			assertThat(lineFeeds(rendering.apply(Seeds.text(seed)))).as(rendering.name()).isEqualTo(lineFeeds);
		}
	}

	static List<String> seeds() {
		return Seeds.names();
	}

	private static List<String> nonEmptyCells(String line, String separator) {
		return Stream.of(line.split(separator)).map(String::strip).filter((cell) -> !cell.isEmpty()).toList();
	}

	private static long lineFeeds(byte[] bytes) {
		int count = 0;
		for (byte b : bytes) {
			if (b == '\n') {
				count++;
			}
		}
		return count;
	}

}
