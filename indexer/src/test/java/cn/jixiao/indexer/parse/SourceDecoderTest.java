package cn.jixiao.indexer.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.ParseProblem;

import static org.assertj.core.api.Assertions.assertThat;

class SourceDecoderTest {

	private static final String FILE = "filing.txt";

	private static final String TEXT = "财政项目支出绩效目标申报表\n项目名称\t工伤认定和劳动能力鉴定业务系统\n实施单位\t上海市闵行区社会保障服务中心\n";

	private final SourceDecoder decoder = new SourceDecoder();

	@Test
	void decodesUtf8WithoutBom() {
		SourceDecoder.Decoded decoded = decode(TEXT.getBytes(StandardCharsets.UTF_8));
		assertThat(decoded.problem()).isNull();
		assertThat(decoded.text().fileName()).isEqualTo(FILE);
		assertThat(decoded.text().charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(decoded.text().lines()).containsExactly("财政项目支出绩效目标申报表", "项目名称\t工伤认定和劳动能力鉴定业务系统",
				"实施单位\t上海市闵行区社会保障服务中心");
	}

	@Test
	void decodesUtf8WithBomAndLeavesBomOutOfFirstLine() {
		SourceDecoder.Decoded decoded = decode(concat(bytes(0xef, 0xbb, 0xbf), TEXT.getBytes(StandardCharsets.UTF_8)));
		assertThat(decoded.problem()).isNull();
		assertThat(decoded.text().charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(decoded.text().lines()).hasSize(3);
		assertThat(decoded.text().lines().get(0)).isEqualTo("财政项目支出绩效目标申报表");
	}

	@Test
	void decodesUtf16LittleEndianWithBom() {
		SourceDecoder.Decoded decoded = decode(concat(bytes(0xff, 0xfe), TEXT.getBytes(StandardCharsets.UTF_16LE)));
		assertThat(decoded.problem()).isNull();
		assertThat(decoded.text().charset()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(decoded.text().lines()).containsExactly("财政项目支出绩效目标申报表", "项目名称\t工伤认定和劳动能力鉴定业务系统",
				"实施单位\t上海市闵行区社会保障服务中心");
	}

	@Test
	void decodesUtf16BigEndianWithBom() {
		SourceDecoder.Decoded decoded = decode(concat(bytes(0xfe, 0xff), TEXT.getBytes(StandardCharsets.UTF_16BE)));
		assertThat(decoded.problem()).isNull();
		assertThat(decoded.text().charset()).isEqualTo(StandardCharsets.UTF_16BE);
		assertThat(decoded.text().lines().get(0)).isEqualTo("财政项目支出绩效目标申报表");
	}

	@Test
	void detectsGbkWithoutBomOrConfiguration() {
		SourceDecoder.Decoded decoded = decode(TEXT.getBytes(Charset.forName("GBK")));
		assertThat(decoded.problem()).isNull();
		assertThat(decoded.text().charset()).isEqualTo(SourceDecoder.GB18030);
		assertThat(decoded.text().lines()).containsExactly("财政项目支出绩效目标申报表", "项目名称\t工伤认定和劳动能力鉴定业务系统",
				"实施单位\t上海市闵行区社会保障服务中心");
	}

	@Test
	void detectsGb18030WithoutBom() {
		String text = "项目名称\t𠀀字库扩展运维\n指标值\t≥95%\n";
		SourceDecoder.Decoded decoded = decode(text.getBytes(SourceDecoder.GB18030));
		assertThat(decoded.problem()).isNull();
		assertThat(decoded.text().charset()).isEqualTo(SourceDecoder.GB18030);
		assertThat(decoded.text().lines()).containsExactly("项目名称\t𠀀字库扩展运维", "指标值\t≥95%");
	}

	@Test
	void splitsCrLfLines() {
		assertThat(SourceDecoder.splitLines("a\r\nb\r\nc")).containsExactly("a", "b", "c");
		assertThat(SourceDecoder.splitLines("a\r\nb\r\nc\r\n")).containsExactly("a", "b", "c");
	}

	@Test
	void splitsCrLines() {
		assertThat(SourceDecoder.splitLines("a\rb\rc")).containsExactly("a", "b", "c");
		assertThat(SourceDecoder.splitLines("a\rb\rc\r")).containsExactly("a", "b", "c");
	}

	@Test
	void splitsLfLines() {
		assertThat(SourceDecoder.splitLines("a\nb\nc")).containsExactly("a", "b", "c");
		assertThat(SourceDecoder.splitLines("a\nb\nc\n")).containsExactly("a", "b", "c");
	}

	@Test
	void keepsBlankLinesInsideText() {
		assertThat(SourceDecoder.splitLines("a\n\nb\n")).containsExactly("a", "", "b");
		assertThat(SourceDecoder.splitLines("a\r\n\r\nb")).containsExactly("a", "", "b");
		assertThat(SourceDecoder.splitLines("a\r\rb")).containsExactly("a", "", "b");
	}

	@Test
	void splitsMixedLineEnds() {
		assertThat(SourceDecoder.splitLines("a\r\nb\nc\rd")).containsExactly("a", "b", "c", "d");
		assertThat(SourceDecoder.splitLines("a\n\rb")).containsExactly("a", "", "b");
	}

	@Test
	void keepsFinalBlankLineBeforeLastLineEnd() {
		assertThat(SourceDecoder.splitLines("a\n\n")).containsExactly("a", "");
	}

	@Test
	void decodedCrLfFileHasAsManyLinesAsAnEditorShows() {
		byte[] content = "标题\r\n项目名称\t甲\r\n\r\n实施单位\t乙\r\n".getBytes(StandardCharsets.UTF_8);
		assertThat(decode(content).text().lines()).containsExactly("标题", "项目名称\t甲", "", "实施单位\t乙");
	}

	@Test
	void reportsEmptyFile() {
		SourceDecoder.Decoded decoded = decode(new byte[0]);
		assertThat(decoded.text()).isNull();
		assertThat(decoded.problem()).isEqualTo(new ParseProblem(FILE, null, ParseMessages.EMPTY_FILE));
	}

	@Test
	void reportsWhitespaceOnlyFileAsEmpty() {
		SourceDecoder.Decoded decoded = decode(" \t\r\n\n  \r".getBytes(StandardCharsets.US_ASCII));
		assertThat(decoded.text()).isNull();
		assertThat(decoded.problem()).isEqualTo(new ParseProblem(FILE, null, ParseMessages.EMPTY_FILE));
	}

	@Test
	void reportsFileWithOnlyBomAndLineEndsAsEmpty() {
		SourceDecoder.Decoded decoded = decode(bytes(0xef, 0xbb, 0xbf, '\r', '\n'));
		assertThat(decoded.text()).isNull();
		assertThat(decoded.problem()).isEqualTo(new ParseProblem(FILE, null, ParseMessages.EMPTY_FILE));
	}

	@Test
	void reportsNulBytesAsBinary() {
		SourceDecoder.Decoded decoded = decode(bytes('a', 'b', 0, 'c', '\n'));
		assertThat(decoded.text()).isNull();
		assertThat(decoded.problem()).isEqualTo(new ParseProblem(FILE, null, ParseMessages.BINARY_FILE));
	}

	@Test
	void reportsImageHeaderAsBinary() {
		byte[] png = bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R');
		assertThat(decode(png).problem()).isEqualTo(new ParseProblem(FILE, null, ParseMessages.BINARY_FILE));
	}

	@Test
	void reportsManyControlBytesAsBinary() {
		byte[] content = bytes('P', 'K', 3, 4, 20, 6, 8, 'a', 'b', 'c');
		assertThat(decode(content).problem()).isEqualTo(new ParseProblem(FILE, null, ParseMessages.BINARY_FILE));
	}

	@Test
	void reportsBytesThatAreNeitherUtf8NorGb18030AsUnknownEncoding() {
		byte[] content = concat("项目名称\t".getBytes(StandardCharsets.UTF_8), bytes(0xff, 0x80, 'a', '\n'));
		SourceDecoder.Decoded decoded = decode(content);
		assertThat(decoded.text()).isNull();
		assertThat(decoded.problem()).isEqualTo(new ParseProblem(FILE, null, ParseMessages.UNKNOWN_ENCODING));
	}

	@Test
	void reportsMalformedTextAfterBomAsUnknownEncoding() {
		byte[] content = bytes(0xef, 0xbb, 0xbf, 'a', 0xc3, '\n');
		assertThat(decode(content).problem()).isEqualTo(new ParseProblem(FILE, null, ParseMessages.UNKNOWN_ENCODING));
	}

	private SourceDecoder.Decoded decode(byte[] content) {
		return this.decoder.decode(FILE, content);
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] bytes = new byte[first.length + second.length];
		System.arraycopy(first, 0, bytes, 0, first.length);
		System.arraycopy(second, 0, bytes, first.length, second.length);
		return bytes;
	}

}
