package cn.jixiao.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellSplitterTest {

	@Test
	void splitsTabRowAndDropsEmptyCells() {
		assertThat(CellSplitter.cells("\t效益指标\t\t社会效益指标\t再次鉴定申请率\t<10.00(%)\t\t")).containsExactly("效益指标", "社会效益指标",
				"再次鉴定申请率", "<10.00(%)");
	}

	@Test
	void normalisesEachTabCell() {
		assertThat(CellSplitter.cells("满意度指标\t服务对象满意度 指标\t农保人员满意度\t$\\geq 90.00\\%$")).containsExactly("满意度指标",
				"服务对象满意度指标", "农保人员满意度", "≥90.00%");
	}

	@Test
	void keepsSpacesInsideTabCellsForNormalisation() {
		assertThat(CellSplitter.cells("项目名称\t局 WIFI 无线  网络运维")).containsExactly("项目名称", "局WIFI无线网络运维");
	}

	@Test
	void splitsPipeRowAndDropsEmptyCells() {
		assertThat(CellSplitter.cells("| a |  | b |")).containsExactly("a", "b");
	}

	@Test
	void splitsIndentedPipeRow() {
		assertThat(CellSplitter.cells("  | 项目名称 | 工伤认定 |  ")).containsExactly("项目名称", "工伤认定");
	}

	@Test
	void splitsSpaceAlignedColumnsOnTwoOrMoreSpaces() {
		assertThat(CellSplitter.cells("项目名称    工伤认定和劳动能力鉴定业务系统  实施单位   社保中心")).containsExactly("项目名称",
				"工伤认定和劳动能力鉴定业务系统", "实施单位", "社保中心");
	}

	@Test
	void keepsSingleSpacesInsideSpaceAlignedCell() {
		assertThat(CellSplitter.cells("项目 绩效 目标    年度总体目标")).containsExactly("项目绩效目标", "年度总体目标");
		assertThat(CellSplitter.cells("Excel 2016  V3.0 and 2")).containsExactly("Excel 2016", "V3.0 and 2");
	}

	@Test
	void dropsLeadingAndTrailingSpacesOfSpaceAlignedRow() {
		assertThat(CellSplitter.cells("   数量指标   =9块   ")).containsExactly("数量指标", "=9块");
	}

	@Test
	void separatesCellsOnIdeographicSpace() {
		assertThat(CellSplitter.cells("项目名称\u3000工伤认定")).containsExactly("项目名称", "工伤认定");
		assertThat(CellSplitter.cells("主管部门 \u3000人社局")).containsExactly("主管部门", "人社局");
	}

	@Test
	void givesNoCellsForTabSeparatedMarkdownRule() {
		assertThat(CellSplitter.cells("--\t--")).isEmpty();
	}

	@Test
	void givesNoCellsForPipeMarkdownRule() {
		assertThat(CellSplitter.cells("|---|:--:|")).isEmpty();
		assertThat(CellSplitter.cells("| --- | :---: | ---: |")).isEmpty();
	}

	@Test
	void keepsSingleDashCell() {
		assertThat(CellSplitter.cells("其他资金\t-")).containsExactly("其他资金", "-");
	}

	@Test
	void givesTitleCellForMarkdownHeading() {
		assertThat(CellSplitter.cells("## 财政项目支出绩效目标申报表")).containsExactly("财政项目支出绩效目标申报表");
		assertThat(CellSplitter.cells("# (2026 年度)")).containsExactly("(2026年度)");
	}

	@Test
	void givesNoCellsForBlankLine() {
		assertThat(CellSplitter.cells("")).isEmpty();
		assertThat(CellSplitter.cells(" \t \t")).isEmpty();
	}

	@Test
	void numbersRowsFromOne() {
		SourceText source = new SourceText("filing.txt", StandardCharsets.UTF_8,
				List.of("## 财政项目支出绩效目标申报表", "", "项目名称\t工伤认定", "| 实施单位 | 社保中心 |"));
		List<Row> rows = new CellSplitter().split(source);
		assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3, 4);
		assertThat(rows).extracting(Row::cells)
			.containsExactly(List.of("财政项目支出绩效目标申报表"), List.of(), List.of("项目名称", "工伤认定"), List.of("实施单位", "社保中心"));
	}

}
