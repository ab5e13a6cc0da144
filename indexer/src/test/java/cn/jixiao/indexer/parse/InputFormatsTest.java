package cn.jixiao.indexer.parse;

import java.util.Arrays;
import java.util.stream.Stream;

import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.SeedRenderings.Rendering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filings reach the portal from many export tools and nobody configures the parser per
 * tool: each seed written as another tool writes it must read as the seed itself does.
 */
class InputFormatsTest {

	private final FilingParser parser = new FilingParser();

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("renderedSeeds")
	void renderingParsesLikeTheOriginal(String seed, Rendering rendering) {
		ParseResult original = this.parser.parse(seed, Seeds.bytes(seed));
		ParseResult rendered = this.parser.parse(seed, rendering.apply(Seeds.text(seed)));
		assertThat(original.forms()).as("forms of the original %s", seed).isNotEmpty();
		CanonicalParse expected = CanonicalParse.of(original);
		CanonicalParse actual = CanonicalParse.of(rendered);
		assertThat(actual.forms()).as("forms").usingRecursiveComparison().isEqualTo(expected.forms());
		assertThat(actual.problems()).as("problems").containsExactlyInAnyOrderElementsOf(expected.problems());
	}

	/**
	 * Pairs where the rendering leaves the seed as it is would compare a parse with
	 * itself, so they go.
	 */
	static Stream<Arguments> renderedSeeds() {
		return Seeds.names()
			.stream()
			.flatMap((seed) -> SeedRenderings.RENDERINGS.stream()
				.filter((rendering) -> !Arrays.equals(rendering.apply(Seeds.text(seed)), Seeds.bytes(seed)))
				.map((rendering) -> Arguments.of(seed, rendering)));
	}

}
