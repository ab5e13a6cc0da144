package cn.jixiao.indexer.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.FilingJson;
import cn.jixiao.indexer.filing.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser on the five seed files, scored against their hand-checked ground truth as
 * {@code tools/score_parse.py --min 0.995} would score the {@code parse} command's
 * output.
 */
class SeedParseAccuracyTest {

	/**
	 * The repository's seed files, seen from the indexer module (Surefire's working
	 * directory).
	 */
	private static final Path SEEDS = Path.of("..", "seeds");

	private static final double REQUIRED_ACCURACY = 0.995;

	@Test
	void seedFilesParseAccurately() throws IOException {
		GroundTruthScore score = GroundTruthScore.of(parseSeeds(), GroundTruthScore.seedGroundTruth());
		assertThat(score.overall()).as(score::report).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
	}

	/**
	 * The seed files' forms as JSON text read back, so the score sees exactly what the
	 * CLI prints.
	 */
	private static JsonNode parseSeeds() throws IOException {
		FilingParser parser = new FilingParser();
		List<ParseResult> results = new ArrayList<>();
		for (Path seed : seedFiles()) {
			results.add(parser.parse(seed));
		}
		ObjectMapper mapper = FilingJson.mapper();
		return mapper.readTree(mapper.writeValueAsString(ParseResult.merge(results)));
	}

	private static List<Path> seedFiles() throws IOException {
		try (Stream<Path> files = Files.list(SEEDS)) {
			List<Path> seeds = files.filter((file) -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
			assertThat(seeds).as("seed files in %s", SEEDS.toAbsolutePath().normalize()).isNotEmpty();
			return seeds;
		}
	}

}
