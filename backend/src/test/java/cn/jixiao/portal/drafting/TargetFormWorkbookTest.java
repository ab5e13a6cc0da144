package cn.jixiao.portal.drafting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.indexer.store.DraftHeader;
import cn.jixiao.indexer.store.DraftRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filled 财政项目支出绩效目标申报表 opened with POI: laid out like the printed form, and its
 * cells, read out as text, are a file the parser reads back to the same draft.
 */
class TargetFormWorkbookTest {

	private static final Filing MINHANG = DraftCheck.checked(SampleDrafts.minhang()).filing();

	@Test
	void hasTheFormsTitleHeaderFieldsFundsAndGoal() throws IOException {
		Sheet sheet = open(MINHANG);
		assertThat(sheet.getSheetName()).isEqualTo("绩效目标申报表");
		assertThat(text(sheet, 0, 0)).isEqualTo("财政项目支出绩效目标申报表");
		assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:F1"),
				CellRangeAddress.valueOf("A2:F2"));
		assertThat(text(sheet, 1, 0)).isEqualTo("(2027年度)");
		assertThat(row(sheet, 2)).containsExactly("项目名称", "鉴定、认定费", "项目性质", "经常性项目", "项目类别", "特定目标类");
		assertThat(row(sheet, 3)).containsExactly("主管部门", SampleDrafts.MINHANG_BUREAU, "实施单位",
				SampleDrafts.MINHANG_CENTRE, "", "");
		assertThat(row(sheet, 4)).containsExactly("计划开始日期", "2027-01-01", "计划完成日期", "2027-12-31", "", "");
		assertThat(text(sheet, 5, 3)).isEqualTo("年度资金申请总额:");
		Cell total = sheet.getRow(5).getCell(4);
		assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(total.getNumericCellValue()).isEqualTo(510000.0);
		assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		assertThat(sheet.getRow(8).getCell(4).getNumericCellValue()).isEqualTo(10000.5);
		assertThat(text(sheet, 9, 3)).isEqualTo("年度总体目标");
		assertThat(text(sheet, 10, 3)).isEqualTo(SampleDrafts.GOAL);
		assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A6:A9"),
				CellRangeAddress.valueOf("D11:F11"));
		assertThat(sheet.getRow(10).getHeightInPoints()).as("the goal's row fits its lines").isGreaterThan(30);
	}

	@Test
	void hasTheIndicatorTableWithTheLevelsOfARunOfRowsMerged() throws IOException {
		Sheet sheet = open(MINHANG);
		assertThat(row(sheet, 11)).containsExactly("绩效指标", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值", "");
		assertThat(row(sheet, 12)).containsExactly("", "成本指标", "经济成本指标", "人均鉴定成本", "≤170元/件", "");
		assertThat(row(sheet, 13)).containsExactly("", "产出指标", "数量指标", "鉴定工作完成率", "=100.00(%)", "");
		assertThat(row(sheet, 14)).containsExactly("", "", "", "劳动能力鉴定件数", "≥3000件", "");
		assertThat(row(sheet, 15)).containsExactly("", "", "质量指标", "鉴定结果准确性", "≥99.00(%)", "");
		assertThat(row(sheet, 18)).containsExactly("", "满意度指标", "服务对象满意度指标", "鉴定对象满意度", "≥90%", "");
		assertThat(sheet.getLastRowNum()).isEqualTo(18);
		assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A12:A19"),
				CellRangeAddress.valueOf("B14:B17"), CellRangeAddress.valueOf("C14:C15"),
				CellRangeAddress.valueOf("E14:F14"));
		assertThat(sheet.getMergedRegions()).doesNotContain(CellRangeAddress.valueOf("B13:B13"))
			.noneMatch((region) -> region.getFirstColumn() == 2 && region.getFirstRow() == 15);
	}

	@Test
	void isFramedInAChineseFontWithColumnsWideEnoughForChinese() throws IOException {
		try (Workbook workbook = workbook(MINHANG)) {
			Sheet sheet = workbook.getSheetAt(0);
			Cell name = sheet.getRow(13).getCell(3);
			assertThat(workbook.getFontAt(name.getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
			assertThat(name.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
			assertThat(name.getCellStyle().getWrapText()).isTrue();
			Cell underMerge = sheet.getRow(14).getCell(1);
			assertThat(underMerge.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(30 * 256);
		}
	}

	@Test
	void readsBackToTheSameDraftFromItsCellsAsText() throws IOException {
		String text = SheetText.of(open(MINHANG));
		ParseResult read = new FilingParser().parse("draft.xlsx.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(read.problems()).isEmpty();
		assertThat(read.forms()).hasSize(1);
		assertThat(FormContent.of(read.forms().get(0))).isEqualTo(FormContent.of(MINHANG));
	}

	@Test
	void textThatStartsLikeAFormulaStaysTextAsWritten() throws IOException {
		DraftForm draft = new DraftForm(new DraftHeader("=HYPERLINK(\"http://example.com\",\"点击\")", "+单位", "-部门", 2027,
				null, null, null, "@SUM(A1:A2)"), List.of(new DraftRow(null, "数量指标", "-1 完成数", "=100%", null, null)));
		Filing form = DraftCheck.checked(draft).filing();
		try (Workbook workbook = workbook(form)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as(cell.getAddress().formatAsString())
						.isNotEqualTo(CellType.FORMULA);
				}
			}
			for (String address : List.of("B3", "B4", "D4", "D11", "D13", "E13")) {
				Cell cell = sheet.getRow(CellRangeAddress.valueOf(address).getFirstRow())
					.getCell(CellRangeAddress.valueOf(address).getFirstColumn());
				assertThat(cell.getCellStyle().getQuotePrefixed()).as(address).isTrue();
			}
			assertThat(text(sheet, 2, 1)).isEqualTo("=HYPERLINK(\"http://example.com\",\"点击\")");
			assertThat(text(sheet, 12, 4)).isEqualTo("=100%");
			assertThat(sheet.getRow(2).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	void aDraftWithoutIndicatorsStillHasTheTable() throws IOException {
		Filing form = DraftCheck.checked(new DraftForm(SampleDrafts.bare().header(), List.of())).filing();
		Sheet sheet = open(form);
		assertThat(row(sheet, 11)).startsWith("绩效指标", "一级指标");
		assertThat(sheet.getLastRowNum()).isEqualTo(12);
		assertThat(row(sheet, 5).get(4)).isEmpty();
	}

	private static Sheet open(Filing form) throws IOException {
		try (Workbook workbook = workbook(form)) {
			return workbook.getSheetAt(0);
		}
	}

	private static Workbook workbook(Filing form) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(TargetFormWorkbook.write(form)));
	}

	private static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	private static List<String> row(Sheet sheet, int row) {
		org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
		Row cells = sheet.getRow(row);
		return java.util.stream.IntStream.range(0, 6)
			.mapToObj((column) -> (cells.getCell(column) != null) ? shown.formatCellValue(cells.getCell(column)) : "")
			.toList();
	}

}
