package cn.jixiao.indexer.parse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scorer on its own, without the parser: the ground truth rewritten as parser output
 * must score 100%, and perturbed copies must score what {@code tools/score_parse.py}
 * prints for the same JSON (the expected figures and lines below were taken from the
 * script's output).
 */
class GroundTruthScoreTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	/** The script prints the overall score rounded to 0.1%. */
	private static final double PRINTED_PRECISION = 0.0005;

	private static final Pattern SNAKE = Pattern.compile("_([a-z])");

	private static JsonNode groundTruth;

	private ObjectNode parsed;

	@BeforeAll
	static void loadGroundTruth() throws IOException {
		groundTruth = GroundTruthScore.seedGroundTruth();
	}

	@BeforeEach
	void writeGroundTruthAsParserOutput() {
		this.parsed = asContract(groundTruth);
	}

	@Test
	void groundTruthAsParserOutputScoresFull() {
		GroundTruthScore score = score();
		assertThat(score.misses()).isEmpty();
		assertThat(score.overall()).isEqualTo(1.0);
		assertThat(score.summary()).isEqualTo("""
				forms found 62/62 (+0 extra); header fields 100.0%; indicators recall 100.0% precision 100.0%; \
				levels ok 725/725; name+target ok 725/725; tracking values 100.0%
				parse accuracy: 100.0% (forms 100.0%, fields 100.0%, indicators exact 100.0%, tracking 100.0%)""");
	}

	/**
	 * difflib's ratio is not an LCS ratio: it depends on the order of its arguments. And
	 * Python's classes are Unicode-wide: ① is a word character, U+3000 is whitespace.
	 */
	@Test
	void textsimIsDifflibsRatioOverPythonsCharacterClasses() {
		assertThat(GroundTruthScore.textsim("tide", "diet")).isEqualTo(0.25);
		assertThat(GroundTruthScore.textsim("diet", "tide")).isEqualTo(0.5);
		assertThat(GroundTruthScore.textsim("①加强\u3000管理", "加强管理")).isEqualTo(8.0 / 9);
		assertThat(GroundTruthScore.Text.norm("$\\geq 95\\%$")).isEqualTo("≥95%");
	}

	@Test
	void droppedFormCountsItsIndicatorsAsMissing() {
		forms().remove(position(form("002", 2)));
		GroundTruthScore score = score();
		assertThat(score.overall()).isCloseTo(0.988, within(PRINTED_PRECISION));
		assertThat(score.summary()).isEqualTo("""
				forms found 61/62 (+0 extra); header fields 100.0%; indicators recall 96.7% precision 100.0%; \
				levels ok 701/725; name+target ok 701/725; tracking values 100.0%
				parse accuracy: 98.8% (forms 98.4%, fields 100.0%, indicators exact 96.7%, tracking 100.0%)""");
		assertThat(score.misses()).containsExactly("002_a412ae7c9559c2f7.txt #2 社会保险服务费: form not found");
	}

	@Test
	void changedTargetsMakeIndicatorsInexact() {
		for (JsonNode indicator : form("003", 1).get("indicators")) {
			((ObjectNode) indicator).put("target", "待定");
		}
		GroundTruthScore score = score();
		assertThat(score.overall()).isCloseTo(0.993, within(PRINTED_PRECISION));
		assertThat(score.summary()).isEqualTo("""
				forms found 62/62 (+0 extra); header fields 100.0%; indicators recall 100.0% precision 100.0%; \
				levels ok 725/725; name+target ok 704/725; tracking values 100.0%
				parse accuracy: 99.3% (forms 100.0%, fields 100.0%, indicators exact 97.1%, tracking 100.0%)""");
		assertThat(score.misses()).hasSize(21)
			.first()
			.isEqualTo("003_bf248a867c0d17a1.txt #1 “以案定补”个案补贴成本: "
					+ "name/target '“以案定补”个案补贴成本' '待定' want '≤260.00(元/人/案)'");
	}

	@Test
	void extraFormScalesEverythingDown() {
		forms().add(form("000", 1).deepCopy());
		GroundTruthScore score = score();
		assertThat(score.overall()).isCloseTo(0.984, within(PRINTED_PRECISION));
		assertThat(score.summary()).isEqualTo("""
				forms found 62/62 (+1 extra); header fields 100.0%; indicators recall 100.0% precision 100.0%; \
				levels ok 725/725; name+target ok 725/725; tracking values 100.0%
				parse accuracy: 98.4% (forms 100.0%, fields 100.0%, indicators exact 100.0%, tracking 100.0%)""");
		assertThat(score.misses()).isEmpty();
	}

	@Test
	void swappedLevelsMakeIndicatorsInexact() {
		for (JsonNode indicator : form("001", 1).get("indicators")) {
			ObjectNode row = (ObjectNode) indicator;
			JsonNode level1 = row.get("level1");
			row.set("level1", row.get("level2"));
			row.set("level2", level1);
		}
		GroundTruthScore score = score();
		assertThat(score.overall()).isCloseTo(0.997, within(PRINTED_PRECISION));
		assertThat(score.summary()).isEqualTo("""
				forms found 62/62 (+0 extra); header fields 100.0%; indicators recall 100.0% precision 100.0%; \
				levels ok 715/725; name+target ok 725/725; tracking values 100.0%
				parse accuracy: 99.7% (forms 100.0%, fields 100.0%, indicators exact 98.6%, tracking 100.0%)""");
		assertThat(score.misses()).hasSize(10)
			.first()
			.isEqualTo("001_eaeb872d98338714.txt #1 成本控制有效性: levels 经济成本指标/成本指标 want 成本指标/经济成本指标");
	}

	@Test
	void perturbationsCombine() {
		forms().remove(position(form("002", 2)));
		form("003", 1).get("indicators").forEach((indicator) -> ((ObjectNode) indicator).put("target", "待定"));
		forms().add(form("000", 1).deepCopy());
		indicator("001", 2, 0).put("actual", "未完成");
		GroundTruthScore score = score();
		assertThat(score.overall()).isCloseTo(0.964, within(PRINTED_PRECISION));
		assertThat(score.summary()).isEqualTo("""
				forms found 61/62 (+1 extra); header fields 100.0%; indicators recall 96.7% precision 100.0%; \
				levels ok 701/725; name+target ok 680/725; tracking values 99.6%
				parse accuracy: 96.4% (forms 98.4%, fields 100.0%, indicators exact 93.8%, tracking 99.6%)""");
	}

	/**
	 * Names are matched by similarity: a project at 0.8 or more and an indicator at 0.85
	 * or more is found, and then scored as a wrong name.
	 */
	@Test
	void similarNamesAreMatchedButNotExact() {
		form("000", 1).put("projectName", "鉴定认定费用");
		indicator("000", 1, 0).put("name", "鉴定工作的完成率");
		indicator("000", 1, 2).put("name", "鉴定完成及时性");
		GroundTruthScore score = score();
		assertThat(GroundTruthScore.textsim("鉴定认定费用", "鉴定、认定费")).isCloseTo(0.909, within(0.001));
		assertThat(GroundTruthScore.textsim("鉴定工作的完成率", "鉴定工作完成率")).isCloseTo(0.933, within(0.001));
		assertThat(GroundTruthScore.textsim("鉴定完成及时性", "鉴定工作完成及时性")).isCloseTo(0.875, within(0.001));
		assertThat(score.overall()).isCloseTo(0.999, within(PRINTED_PRECISION));
		assertThat(score.summary()).isEqualTo("""
				forms found 62/62 (+0 extra); header fields 99.9%; indicators recall 100.0% precision 100.0%; \
				levels ok 725/725; name+target ok 723/725; tracking values 100.0%
				parse accuracy: 99.9% (forms 100.0%, fields 99.9%, indicators exact 99.7%, tracking 100.0%)""");
		assertThat(score.misses()).contains("000_84ecacd54c532934.txt #1 projectName: got '鉴定认定费用' want '鉴定、认定费'");
	}

	/**
	 * A project below 0.8 is not found and its parsed form is extra, so it costs twice;
	 * an indicator below 0.85 is missing, and the parsed row lowers precision (which the
	 * overall score ignores).
	 */
	@Test
	void namesBelowTheThresholdAreNotFound() {
		form("000", 1).put("projectName", "鉴定费");
		indicator("000", 2, 0).put("name", "制作完成率");
		GroundTruthScore score = score();
		assertThat(GroundTruthScore.textsim("鉴定费", "鉴定、认定费")).isEqualTo(0.75);
		assertThat(GroundTruthScore.textsim("制作完成率", "宣传品制作完成率")).isCloseTo(0.769, within(0.001));
		assertThat(score.overall()).isCloseTo(0.977, within(PRINTED_PRECISION));
		assertThat(score.summary()).isEqualTo("""
				forms found 61/62 (+1 extra); header fields 100.0%; indicators recall 98.8% precision 99.9%; \
				levels ok 716/725; name+target ok 716/725; tracking values 100.0%
				parse accuracy: 97.7% (forms 98.4%, fields 100.0%, indicators exact 98.8%, tracking 100.0%)""");
		assertThat(score.misses()).containsExactly("000_84ecacd54c532934.txt #1 鉴定、认定费: form not found",
				"000_84ecacd54c532934.txt #2 indicator missing: 宣传品制作完成率");
	}

	/**
	 * Alternative readings: level and form alternatives are accepted, but an alternative
	 * of {@code null} is no alternative, so the "nature" reading of 002 still loses its
	 * 项目类别 and a blank 001 #7 deviation is wrong.
	 */
	@Test
	void alternativeReadingsAreAcceptedUnlessNull() {
		form("002", 1).put("projectNature", "一次性项目").putNull("projectCategory");
		indicator("002", 3, 9).put("level2", "时效指标");
		form("001", 4).put("annualGoal", "政策宣传政策宣传全覆盖。覆盖。");
		indicator("001", 7, 7).putNull("deviation");
		GroundTruthScore score = score();
		assertThat(score.misses()).containsExactly(
				"001_eaeb872d98338714.txt #7 信息化管理制度建立情况.deviation: got None want '建立健全'",
				"002_a412ae7c9559c2f7.txt #1 projectCategory: got None want '一次性项目'");
		assertThat(score.overall()).isCloseTo(0.999, within(PRINTED_PRECISION));
		assertThat(score.summary()).isEqualTo("""
				forms found 62/62 (+0 extra); header fields 99.9%; indicators recall 100.0% precision 100.0%; \
				levels ok 725/725; name+target ok 725/725; tracking values 99.6%
				parse accuracy: 99.9% (forms 100.0%, fields 99.9%, indicators exact 100.0%, tracking 99.6%)""");
	}

	private GroundTruthScore score() {
		return GroundTruthScore.of(this.parsed, groundTruth);
	}

	private ArrayNode forms() {
		return (ArrayNode) this.parsed.get("forms");
	}

	/** The parsed form of the seed file whose name starts with the prefix. */
	private ObjectNode form(String filePrefix, int index) {
		for (JsonNode form : forms()) {
			if (form.get("source").asText().startsWith(filePrefix) && form.get("index").asInt() == index) {
				return (ObjectNode) form;
			}
		}
		throw new IllegalArgumentException("no form " + filePrefix + " #" + index);
	}

	private ObjectNode indicator(String filePrefix, int index, int row) {
		return (ObjectNode) form(filePrefix, index).get("indicators").get(row);
	}

	private int position(JsonNode form) {
		for (int i = 0; i < forms().size(); i++) {
			if (forms().get(i) == form) {
				return i;
			}
		}
		throw new IllegalArgumentException("not a parsed form");
	}

	/**
	 * The ground truth as the parser prints it: camelCase names, {@code funds.total},
	 * {@code lines}.
	 */
	private static ObjectNode asContract(JsonNode groundTruth) {
		ObjectNode contract = MAPPER.createObjectNode();
		ArrayNode forms = contract.putArray("forms");
		groundTruth.forEach((truth) -> forms.add(contractForm(truth)));
		contract.putArray("problems");
		return contract;
	}

	private static ObjectNode contractForm(JsonNode truth) {
		ObjectNode form = MAPPER.createObjectNode();
		form.set("source", truth.get("file"));
		copy(truth, form, "index", "kind", "year", "tracking_period", "project_name", "department", "unit",
				"project_nature", "project_category", "start_date", "end_date");
		ObjectNode funds = form.putObject("funds");
		funds.set("total", truth.get("funds").get("total_requested"));
		copy(truth.get("funds"), funds, "fiscal", "carryover", "other", "project_total");
		JsonNode execution = truth.get("execution");
		if (execution != null && !execution.isNull()) {
			copy(execution, form.putObject("execution"), "initial_budget", "period_budget", "period_executed",
					"rate_percent");
		}
		else {
			form.putNull("execution");
		}
		copy(truth, form, "annual_goal", "goal_progress", "budget_completion_likelihood", "goal_completion_likelihood",
				"corrective_measures");
		form.set("lines", lines(truth.get("src_lines")));
		ArrayNode indicators = form.putArray("indicators");
		for (JsonNode row : truth.get("indicators")) {
			ObjectNode indicator = indicators.addObject();
			copy(row, indicator, "level1", "level2", "name", "target", "planned", "actual", "deviation");
			indicator.set("lines", lines(row.get("src_lines")));
		}
		return form;
	}

	/**
	 * Copies fields under their camelCase names; absent ones become null, as the parser
	 * prints them.
	 */
	private static void copy(JsonNode from, ObjectNode to, String... snakeCaseNames) {
		for (String name : snakeCaseNames) {
			to.set(camelCase(name), from.get(name));
		}
	}

	private static String camelCase(String snakeCase) {
		Matcher matcher = SNAKE.matcher(snakeCase);
		StringBuilder camelCase = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(camelCase, matcher.group(1).toUpperCase());
		}
		return matcher.appendTail(camelCase).toString();
	}

	/**
	 * {@code src_lines} lists one line or several; the contract gives the first and the
	 * last.
	 */
	private static ArrayNode lines(JsonNode sourceLines) {
		return MAPPER.createArrayNode().add(sourceLines.get(0)).add(sourceLines.get(sourceLines.size() - 1));
	}

}
