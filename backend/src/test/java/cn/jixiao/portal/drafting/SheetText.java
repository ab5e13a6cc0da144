package cn.jixiao.portal.drafting;

import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet's cells as they show, row by row, tab-separated: what copying the form out of a
 * spreadsheet gives, and the layout the filings' text comes in.
 */
final class SheetText {

	private SheetText() {
	}

	static String of(Sheet sheet) {
		DataFormatter shown = new DataFormatter();
		int columns = 0;
		for (Row row : sheet) {
			columns = Math.max(columns, row.getLastCellNum());
		}
		StringBuilder text = new StringBuilder();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			StringJoiner line = new StringJoiner("\t");
			for (int c = 0; c < columns; c++) {
				line.add((row != null && row.getCell(c) != null) ? shown.formatCellValue(row.getCell(c)) : "");
			}
			text.append(line).append('\n');
		}
		return text.toString();
	}

}
