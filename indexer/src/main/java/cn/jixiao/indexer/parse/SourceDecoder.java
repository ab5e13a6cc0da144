package cn.jixiao.indexer.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.jixiao.indexer.filing.ParseProblem;

/**
 * First step: bytes to lines. The encoding is detected, not assumed: a BOM wins, then
 * strict UTF-8, then GB18030 (a superset of GBK and GB2312, which is what older export
 * tools write).
 */
final class SourceDecoder {

	static final Charset GB18030 = Charset.forName("GB18030");

	private static final int SNIFF_BYTES = 8192;

	/**
	 * The decoded text, or the single problem that stops the file from being read at all.
	 */
	record Decoded(SourceText text, ParseProblem problem) {
	}

	Decoded decode(String fileName, byte[] content) {
		if (content.length == 0 || isBlank(content)) {
			return failed(fileName, ParseMessages.EMPTY_FILE);
		}
		Charset bomCharset = bomCharset(content);
		if (bomCharset != null) {
			int bomLength = (bomCharset == StandardCharsets.UTF_8) ? 3 : 2;
			String text = tryDecode(content, bomLength, bomCharset);
			return (text != null) ? decoded(fileName, bomCharset, text)
					: failed(fileName, ParseMessages.UNKNOWN_ENCODING);
		}
		if (looksBinary(content)) {
			return failed(fileName, ParseMessages.BINARY_FILE);
		}
		String utf8 = tryDecode(content, 0, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return decoded(fileName, StandardCharsets.UTF_8, utf8);
		}
		Decoded cutUtf8 = cutInsideACharacter(fileName, content);
		if (cutUtf8 != null) {
			return cutUtf8;
		}
		String gb18030 = tryDecode(content, 0, GB18030);
		return (gb18030 != null) ? decoded(fileName, GB18030, gb18030)
				: failed(fileName, ParseMessages.UNKNOWN_ENCODING);
	}

	private static Decoded decoded(String fileName, Charset charset, String text) {
		if (text.isBlank()) {
			return failed(fileName, ParseMessages.EMPTY_FILE);
		}
		return new Decoded(new SourceText(fileName, charset, splitLines(text)), null);
	}

	private static Decoded failed(String fileName, String message) {
		return new Decoded(null, new ParseProblem(fileName, null, message));
	}

	/**
	 * A UTF-8 file whose last character was cut (a truncated download or copy) is still
	 * UTF-8: everything before the cut is read, and the cut is reported on the last line.
	 */
	private static Decoded cutInsideACharacter(String fileName, byte[] content) {
		int lead = content.length - 1;
		while (lead > 0 && content.length - lead < 4 && (content[lead] & 0xc0) == 0x80) {
			lead--;
		}
		int needed = utf8SequenceLength(content[lead]);
		if (needed <= content.length - lead) {
			return null;
		}
		String text = tryDecode(Arrays.copyOf(content, lead), 0, StandardCharsets.UTF_8);
		if (text == null) {
			return null;
		}
		Decoded decoded = decoded(fileName, StandardCharsets.UTF_8, text);
		if (decoded.text() == null) {
			return decoded;
		}
		int lastLine = Math.max(1, decoded.text().lines().size());
		return new Decoded(decoded.text(), new ParseProblem(fileName, lastLine, ParseMessages.CUT_INSIDE_CHARACTER));
	}

	private static int utf8SequenceLength(byte lead) {
		int b = lead & 0xff;
		if (b >= 0xf0) {
			return 4;
		}
		if (b >= 0xe0) {
			return 3;
		}
		return (b >= 0xc0) ? 2 : 1;
	}

	/** CRLF, CR and LF all end a line; a final line end does not start another line. */
	static List<String> splitLines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < length) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	private static Charset bomCharset(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
			return StandardCharsets.UTF_8;
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
			return StandardCharsets.UTF_16LE;
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * Text encodings in use here never produce NUL or most C0 control bytes, so a few of
	 * them in the first kilobytes mean an image, an archive or a spreadsheet rather than
	 * a text export.
	 */
	private static boolean looksBinary(byte[] content) {
		int end = Math.min(content.length, SNIFF_BYTES);
		int controls = 0;
		for (int i = 0; i < end; i++) {
			int b = content[i] & 0xff;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				controls++;
			}
		}
		return controls > Math.max(2, end / 100);
	}

	private static boolean isBlank(byte[] content) {
		for (byte b : content) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	private static String tryDecode(byte[] content, int offset, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
