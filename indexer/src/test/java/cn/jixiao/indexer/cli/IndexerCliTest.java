package cn.jixiao.indexer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command line end to end on the shipped seed files.
 */
class IndexerCliTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void parsePrintsFormsAndProblemsOfAllFilesAsOneJsonObject() throws Exception {
		int exit = run("parse", SEEDS.resolve("001_eaeb872d98338714.txt").toString(),
				SEEDS.resolve("000_84ecacd54c532934.txt").toString());
		assertThat(exit).isZero();
		JsonNode json = new ObjectMapper().readTree(this.out.toByteArray());
		assertThat(json.get("forms")).hasSize(16);
		JsonNode tracking = json.get("forms").get(1);
		assertThat(tracking.get("source").asText()).isEqualTo("001_eaeb872d98338714.txt");
		assertThat(tracking.get("kind").asText()).isEqualTo("tracking");
		assertThat(tracking.get("trackingPeriod").asText()).isEqualTo("2024-01..2024-08");
		assertThat(tracking.get("projectName").asText()).isEqualTo("鉴定、认定费");
		assertThat(tracking.get("execution").get("periodExecuted").decimalValue()).isEqualByComparingTo("360400");
		assertThat(tracking.get("lines").toString()).isEqualTo("[37,62]");
		JsonNode indicator = tracking.get("indicators").get(0);
		assertThat(indicator.get("value").get("kind").asText()).isEqualTo("quantitative");
		assertThat(indicator.get("value").get("unit").asText()).isEqualTo("%");
		JsonNode target = json.get("forms").get(9);
		assertThat(target.get("startDate").asText()).isEqualTo("2026-01-01");
		assertThat(target.get("funds").get("total").decimalValue()).isEqualByComparingTo("510000");
		assertThat(json.get("problems").get(0).get("line").asInt()).isEqualTo(3);
	}

	@Test
	void fileThatIsNotAFilingIsAProblemNotAFailure(@TempDir Path dir) throws Exception {
		Path notes = Files.writeString(dir.resolve("notes.txt"), "会议纪要\n今天讨论了预算。\n");
		assertThat(run("parse", notes.toString())).isZero();
		JsonNode json = new ObjectMapper().readTree(this.out.toByteArray());
		assertThat(json.get("forms")).isEmpty();
		assertThat(json.get("problems").get(0).get("file").asText()).isEqualTo("notes.txt");
	}

	@Test
	void unreadablePathExitsWithThree() {
		assertThat(run("parse", "no/such/file.txt")).isEqualTo(3);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("cannot read no/such/file.txt");
	}

	@Test
	void usageErrorExitsWithTwoAndPrintsUsage() {
		assertThat(run("parse")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar indexer.jar");
	}

	private int run(String... args) {
		return IndexerCli.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
