package cn.jixiao.portal.drafting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.Indicator;

/**
 * A target form as a workbook laid out like the printed 财政项目支出绩效目标申报表: title, header
 * fields, the 项目资金 block, the goals, and the indicator table with the 一级/二级 cells of a
 * run of rows merged. Each cell sits where {@code FilingTextWriter} puts it in the text
 * layout, and a merge only covers cells that layout leaves blank, so the sheet's cells
 * read row by row, tab-separated, are a file the parser reads back to the same form.
 */
final class TargetFormWorkbook {

	static final String SHEET = "绩效目标申报表";

	/** Columns A–F; widths in characters, a Chinese character counting two. */
	private static final int[] WIDTHS = { 14, 22, 18, 34, 16, 10 };

	private static final int LAST_COLUMN = WIDTHS.length - 1;

	/** The first row of the indicator table, below its header row. */
	static final int FIRST_INDICATOR_ROW = 12;

	private static final float LINE_POINTS = 15f;

	private final Workbook workbook = new XSSFWorkbook();

	private final Sheet sheet = this.workbook.createSheet(SHEET);

	private final FormStyles styles = new FormStyles(this.workbook);

	private TargetFormWorkbook() {
	}

	static byte[] write(Filing form) {
		TargetFormWorkbook book = new TargetFormWorkbook();
		book.fill(form);
		try (Workbook workbook = book.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void fill(Filing form) {
		int last = FIRST_INDICATOR_ROW + Math.max(1, form.indicators().size()) - 1;
		for (int column = 0; column <= LAST_COLUMN; column++) {
			this.sheet.setColumnWidth(column, WIDTHS[column] * 256);
		}
		// Every cell of the form gets its border, blank ones under a merge too, or the
		// merged cell's frame would be missing sides.
		for (int row = 2; row <= last; row++) {
			Row cells = this.sheet.createRow(row);
			for (int column = 0; column <= LAST_COLUMN; column++) {
				cells.createCell(column).setCellStyle(this.styles.value);
			}
		}
		title(form);
		header(form);
		funds(form.funds());
		goals(form.annualGoal());
		indicators(form.indicators(), last);
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		this.sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
	}

	private void title(Filing form) {
		Cell title = this.sheet.createRow(0).createCell(0);
		title.setCellValue(Glossary.TARGET_FORM_TITLE);
		title.setCellStyle(this.styles.title);
		this.sheet.getRow(0).setHeightInPoints(30);
		merge(0, 0, 0, LAST_COLUMN);
		Cell year = this.sheet.createRow(1).createCell(0);
		year.setCellValue("(" + form.year() + "年度)");
		year.setCellStyle(this.styles.centred);
		merge(1, 1, 0, LAST_COLUMN);
	}

	private void header(Filing form) {
		label(2, 0, Glossary.PROJECT_NAME);
		text(2, 1, form.projectName());
		label(2, 2, Glossary.PROJECT_NATURE);
		text(2, 3, form.projectNature());
		label(2, 4, Glossary.PROJECT_CATEGORY);
		text(2, 5, form.projectCategory());
		label(3, 0, Glossary.DEPARTMENT);
		text(3, 1, form.department());
		label(3, 2, Glossary.UNIT);
		text(3, 3, form.unit());
		merge(3, 3, 3, LAST_COLUMN);
		label(4, 0, Glossary.START_DATE);
		text(4, 1, date(form.startDate()));
		label(4, 2, Glossary.END_DATE);
		text(4, 3, date(form.endDate()));
		merge(4, 4, 3, LAST_COLUMN);
		fitHeight(2, form.projectName(), WIDTHS[1]);
		fitHeight(3, longer(form.department(), form.unit()), WIDTHS[1]);
	}

	private void funds(Funds funds) {
		label(5, 0, Glossary.FUNDS + "(元)");
		merge(5, 8, 0, 0);
		label(5, 1, Glossary.PROJECT_TOTAL + ":");
		amount(5, 2, funds.projectTotal());
		label(5, 3, Glossary.TOTAL_REQUESTED + ":");
		amount(5, 4, funds.total());
		label(6, 1, "其中: " + Glossary.FISCAL_FUNDS);
		label(6, 3, "其中: " + Glossary.FISCAL);
		amount(6, 4, funds.fiscal());
		label(7, 3, Glossary.CARRYOVER);
		amount(7, 4, funds.carryover());
		label(8, 1, Glossary.OTHER);
		label(8, 3, Glossary.OTHER);
		amount(8, 4, funds.other());
		for (int row = 5; row <= 8; row++) {
			merge(row, row, 4, LAST_COLUMN);
		}
	}

	private void goals(String annualGoal) {
		label(9, 0, Glossary.PERFORMANCE_GOAL);
		merge(9, 10, 0, 0);
		label(9, 1, Glossary.OVERALL_GOAL);
		merge(9, 9, 1, 2);
		label(9, 3, Glossary.ANNUAL_GOAL);
		merge(9, 9, 3, LAST_COLUMN);
		merge(10, 10, 1, 2);
		text(10, 3, annualGoal);
		merge(10, 10, 3, LAST_COLUMN);
		fitHeight(10, annualGoal, WIDTHS[3] + WIDTHS[4] + WIDTHS[5]);
	}

	private void indicators(List<Indicator> indicators, int last) {
		label(11, 0, Glossary.INDICATORS);
		merge(11, last, 0, 0);
		label(11, 1, Glossary.LEVEL1);
		label(11, 2, Glossary.LEVEL2);
		label(11, 3, Glossary.LEVEL3);
		label(11, 4, "年度(/项目)" + Glossary.TARGET_VALUE);
		merge(11, 11, 4, LAST_COLUMN);
		int level1From = FIRST_INDICATOR_ROW;
		int level2From = FIRST_INDICATOR_ROW;
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			int row = FIRST_INDICATOR_ROW + i;
			Indicator previous = (i > 0) ? indicators.get(i - 1) : null;
			boolean newLevel1 = previous == null || !Objects.equals(previous.level1(), indicator.level1());
			boolean newLevel2 = newLevel1 || !Objects.equals(previous.level2(), indicator.level2());
			if (newLevel1) {
				merge(level1From, row - 1, 1, 1);
				level1From = row;
				label(row, 1, indicator.level1());
			}
			if (newLevel2) {
				merge(level2From, row - 1, 2, 2);
				level2From = row;
				label(row, 2, indicator.level2());
			}
			text(row, 3, indicator.name());
			text(row, 4, indicator.target());
			merge(row, row, 4, LAST_COLUMN);
			fitHeight(row, longer(indicator.name(), indicator.target()), WIDTHS[3]);
		}
		merge(level1From, last, 1, 1);
		merge(level2From, last, 2, 2);
	}

	private void label(int row, int column, String text) {
		Cell cell = this.sheet.getRow(row).getCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.label);
	}

	/**
	 * Text that starts like a formula (a target such as {@code =100%}) is marked as text
	 * with Excel's quote prefix, as typing {@code '=100%} would: a spreadsheet then never
	 * takes it for a formula, even when the cell is edited, and the value stays as filed.
	 */
	private void text(int row, int column, String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		Cell cell = this.sheet.getRow(row).getCell(column);
		cell.setCellValue(text);
		if (FormStyles.FORMULA_LEADS.indexOf(text.charAt(0)) >= 0) {
			cell.setCellStyle(this.styles.quoted);
		}
	}

	private void amount(int row, int column, BigDecimal amount) {
		Cell cell = this.sheet.getRow(row).getCell(column);
		cell.setCellStyle(this.styles.amount);
		if (amount != null) {
			cell.setCellValue(amount.doubleValue());
		}
	}

	private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (lastRow > firstRow || lastColumn > firstColumn) {
			this.sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
		}
	}

	/**
	 * Spreadsheets do not grow a row for wrapped text they did not lay out themselves, so
	 * the row is given the lines its longest text needs.
	 */
	private void fitHeight(int row, String text, int widthInCharacters) {
		int lines = Math.max(1, (int) Math.ceil(displayWidth(text) / (double) (widthInCharacters - 1)));
		Row cells = this.sheet.getRow(row);
		cells.setHeightInPoints(Math.max(cells.getHeightInPoints(), lines * LINE_POINTS + 4));
	}

	private static int displayWidth(String text) {
		if (text == null) {
			return 0;
		}
		return text.codePoints().map((c) -> (c < 0x2E80) ? 1 : 2).sum();
	}

	private static String longer(String a, String b) {
		return (displayWidth(a) >= displayWidth(b)) ? a : b;
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
