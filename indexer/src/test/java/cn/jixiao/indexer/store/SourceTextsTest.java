package cn.jixiao.indexer.store;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextsTest {

	@Test
	void longTextsAreKeptInChunksThatFitMySqlsText() {
		String text = "满意度\uD83D\uDE00".repeat(9_000);
		List<String> chunks = SourceTexts.chunks(text);
		assertThat(chunks).hasSizeGreaterThan(1)
			.allSatisfy(
					(chunk) -> assertThat(chunk.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(65_535))
			.allSatisfy((chunk) -> assertThat(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1))).isFalse());
		assertThat(String.join("", chunks)).isEqualTo(text);
	}

	@Test
	void emptyTextHasNoChunks() {
		assertThat(SourceTexts.chunks("")).isEmpty();
	}

}
