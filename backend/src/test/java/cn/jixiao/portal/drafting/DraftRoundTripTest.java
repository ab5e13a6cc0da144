package cn.jixiao.portal.drafting;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.FilingParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved draft written as a text file reads back, through the parser the import uses, to
 * the same draft: project, unit, year, funds, goal and every indicator with its levels,
 * name and target.
 */
class DraftRoundTripTest {

	private final FilingParser parser = new FilingParser();

	static Stream<Arguments> drafts() {
		return Stream.of(Arguments.of("闵行 鉴定、认定费", SampleDrafts.minhang()), Arguments.of("bare", SampleDrafts.bare()),
				Arguments.of("messy", SampleDrafts.messy()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("drafts")
	void theTextFileReadsBackToTheSameDraft(String name, DraftForm draft) {
		Filing form = DraftCheck.checked(draft).filing();
		ParseResult read = this.parser.parse("draft.txt", DraftExport.text(form).getBytes(StandardCharsets.UTF_8));
		assertThat(read.problems()).as("the parser only remarks on rows without a target")
			.map(ParseProblem::message)
			.containsExactlyElementsOf(form.indicators()
				.stream()
				.filter((indicator) -> indicator.target() == null)
				.map((indicator) -> "指标“" + indicator.name() + "”缺少指标值")
				.toList());
		assertThat(read.forms()).hasSize(1);
		assertThat(FormContent.of(read.forms().get(0))).isEqualTo(FormContent.of(form));
	}

	@Test
	void aSavedDraftIsWhatTheParserReadsFromWhatWasTyped() {
		Filing form = DraftCheck.checked(SampleDrafts.messy()).filing();
		assertThat(form.projectName()).isEqualTo("工伤认定和劳动能力鉴定业务系统（2027年运维）");
		assertThat(form.unit()).isEqualTo("上海市闵行区社会保障服务中心");
		assertThat(form.annualGoal()).isEqualTo("保障系统稳定运行，全年可用率≥99.9%，Level 2支持响应。");
		assertThat(form.indicators()).anySatisfy((indicator) -> {
			assertThat(indicator.name()).isEqualTo("OA system V3.0运行稳定性");
			assertThat(indicator.level1()).isEqualTo("产出指标");
		});
		assertThat(form.indicators().get(0).name()).isEqualTo("经济成本完成情况");
		assertThat(form.indicators().get(0).target()).isEqualTo(">=95%");
	}

}
