package cn.jixiao.indexer.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.LineRange;

import static org.assertj.core.api.Assertions.assertThat;

class FormSplitterTest {

	private final FormSplitter splitter = new FormSplitter();

	@Test
	void formRunsFromItsTitleToTheLineBeforeTheNextTitle() {
		List<Row> rows = TestRows.of("上海市闵行区社会保障服务中心 2026 年度项目绩效目标汇总表", "", "财政项目支出绩效目标申报表\t\t", "(2026 年度)",
				"项目名称\t鉴定、认定费", "", "## 财政项目支出绩效目标申报表", "项目名称\t宣传费", "");
		FormSplitter.Split split = this.splitter.split("a.txt", rows);
		assertThat(split.blocks()).extracting(FormBlock::lines)
			.containsExactly(new LineRange(3, 6), new LineRange(7, 9));
		assertThat(split.problems()).as("a summary heading before the first form is expected").isEmpty();
	}

	@Test
	void tellsTrackingFormsFromTargetForms() {
		List<Row> rows = TestRows.of("财政项目支出绩效跟踪表", "跟踪时段：（ 2024年1月 至 2024年8月 ）", "财政项目支出绩效目标申报表");
		assertThat(this.splitter.split("a.txt", rows).blocks()).extracting(FormBlock::kind)
			.containsExactly(FormKind.TRACKING, FormKind.TARGET);
	}

	@Test
	void contentBeforeTheFirstTitleIsAnOrphanFragment() {
		List<Row> rows = TestRows.of("", "", "跟踪时段：（ 2024年1月 至 2024年8月 ）", "", "年度总体目标", "", "无", "", "财政项目支出绩效跟踪表");
		FormSplitter.Split split = this.splitter.split("001.txt", rows);
		assertThat(split.blocks()).hasSize(1);
		assertThat(split.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("001.txt");
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.message()).contains("不属于任何表单");
		});
	}

	@Test
	void textWithoutTitlesHasNoForms() {
		assertThat(this.splitter.split("a.txt", TestRows.of("会议纪要", "今天讨论了预算。")).blocks()).isEmpty();
	}

}
