package cn.jixiao.portal.importing;

import java.nio.charset.StandardCharsets;

/**
 * What is refused before the importer sees a file: no name, no bytes, too many bytes, or
 * bytes that are not text (a PDF, an Office document, an image). The importer would
 * reject most of these too, but an analyst who uploaded the PDF itself needs to hear
 * that, not that no form was found.
 */
final class UploadCheck {

	/**
	 * Per file: the text of a filing is a few hundred kilobytes; the request limits in
	 * application.properties stay above this, so a too large file is answered per file.
	 */
	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** The width of {@code source_file.name}. */
	static final int MAX_NAME_LENGTH = 255;

	private static final int SNIFF_BYTES = 8192;

	private UploadCheck() {
	}

	/**
	 * The message key of the reason to refuse the file, {@code null} when it may go on.
	 */
	static String refusal(String name, byte[] content) {
		if (name == null || name.isBlank()) {
			return "import.refused.noName";
		}
		if (name.length() > MAX_NAME_LENGTH) {
			return "import.refused.longName";
		}
		if (name.chars().anyMatch(Character::isISOControl)) {
			return "import.refused.controlInName";
		}
		if (content.length == 0) {
			return "import.refused.empty";
		}
		if (content.length > MAX_FILE_BYTES) {
			return "import.refused.tooLarge";
		}
		if (startsWith(content, "%PDF")) {
			return "import.refused.pdf";
		}
		if (startsWith(content, "PK\u0003\u0004") || startsWith(content, "\u00d0\u00cf\u0011\u00e0")) {
			return "import.refused.office";
		}
		// UTF-16 text is half zero bytes; the parser reads it when it starts with a
		// byte-order mark.
		if (startsWith(content, "\u00ff\u00fe") || startsWith(content, "\u00fe\u00ff")) {
			return null;
		}
		for (int i = 0; i < Math.min(content.length, SNIFF_BYTES); i++) {
			if (content[i] == 0) {
				return "import.refused.binary";
			}
		}
		return null;
	}

	/**
	 * The name without any folder a browser may send with it ({@code C:\filings\a.txt}).
	 */
	static String baseName(String original) {
		if (original == null) {
			return null;
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		return name.strip();
	}

	private static boolean startsWith(byte[] content, String magic) {
		byte[] prefix = magic.getBytes(StandardCharsets.ISO_8859_1);
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
