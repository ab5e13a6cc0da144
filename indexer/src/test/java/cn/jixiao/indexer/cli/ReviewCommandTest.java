package cn.jixiao.indexer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code review FILE...} end to end on the seed files: text and JSON without a store, and
 * with the history of a store the seeds were imported into.
 */
class ReviewCommandTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	private static final String SONGJIANG_2025 = SEEDS.resolve("004_791103693362f411.txt").toString();

	private static final String MINHANG_2026 = SEEDS.resolve("000_84ecacd54c532934.txt").toString();

	@TempDir
	Path dataDir;

	@Test
	void printsEachFormWithOneLinePerFindingAndASummary() {
		Run run = run("review", SONGJIANG_2025);
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out())
			.contains("004_791103693362f411.txt #4 东西部协作和对口支援 (申报表 2025, 上海市松江区人力资源和社会保障局（本级）)\n"
					+ "  错误 level-missing: 没有满意度指标：每个项目至少应有一项满意度指标\n")
			.contains("  警告 input-as-output [2] 项目投入的人数: “项目投入的人数”计的是项目投入的人员（≤14.00(人)），不是产出\n")
			.contains("  错误 target-missing [2] 每场参加培训人数: 未填写指标值\n")
			.contains("004_791103693362f411.txt:98: ")
			.containsPattern("(?m)^forms 33, findings \\d+ \\(错误 2, 警告 \\d+, 提示 \\d+\\)$")
			.doesNotContain("copied-targets");
	}

	@Test
	void printsTheSameAsJsonWithTheParsersProblems() throws Exception {
		Run run = run("review", "--json", SONGJIANG_2025);
		assertThat(run.exit()).as(run.err()).isZero();
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertThat(json.get("forms")).hasSize(33);
		JsonNode form = json.get("forms").get(3);
		assertThat(form.get("file").asText()).isEqualTo("004_791103693362f411.txt");
		assertThat(form.get("form").asInt()).isEqualTo(4);
		assertThat(form.get("project").asText()).isEqualTo("东西部协作和对口支援");
		JsonNode finding = form.get("findings").get(0);
		assertThat(finding.get("rule").asText()).isEqualTo("level-missing");
		assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
		assertThat(finding.get("concern").asText()).isEqualTo("FORM");
		assertThat(finding.get("explanation").asText()).isEqualTo("没有满意度指标：每个项目至少应有一项满意度指标");
		assertThat(json.get("problems").get(0).get("line").asInt()).isEqualTo(98);
	}

	@Test
	void withTheStoreItComparesWithTheProjectsEarlierYears() {
		Run imported = run("import", SEEDS.toString(), dataDirOption());
		assertThat(imported.exit()).as(imported.err()).isZero();
		Run run = run("review", MINHANG_2026, "--with-store", dataDirOption());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("000_84ecacd54c532934.txt #7 保障工作经费 (申报表 2026, 上海市闵行区社会保障服务中心)\n"
				+ "  警告 copied-targets: 与2024年跟踪表“邮寄费”相比，预算由 120,000元 变为 226,000元（+88.3%）");
		assertThat(run("review", MINHANG_2026).out()).doesNotContain("copied-targets");
	}

	@Test
	void unreadableFileExitsWithThreeAndNoFileIsAUsageError() {
		assertThat(run("review", "no/such/file.txt").exit()).isEqualTo(3);
		Run usage = run("review", "--json");
		assertThat(usage.exit()).isEqualTo(2);
		assertThat(usage.err()).contains("review needs at least one file").contains("review FILE...");
	}

	private String dataDirOption() {
		return "--jixiao.data-dir=" + this.dataDir;
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = IndexerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exit, String out, String err) {
	}

}
