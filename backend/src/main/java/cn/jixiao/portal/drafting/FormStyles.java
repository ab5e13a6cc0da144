package cn.jixiao.portal.drafting;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the filled form, in 宋体 as the printed forms are: a workbook
 * holds a limited number of styles, so cells share these rather than each having its own.
 */
final class FormStyles {

	private static final String FONT = "宋体";

	/** What makes a spreadsheet take text for a formula when it is typed or pasted. */
	static final String FORMULA_LEADS = "=+-@";

	final CellStyle title;

	final CellStyle centred;

	final CellStyle label;

	final CellStyle value;

	final CellStyle quoted;

	final CellStyle amount;

	FormStyles(Workbook workbook) {
		Font plain = font(workbook, (short) 11, false);
		this.title = workbook.createCellStyle();
		this.title.setFont(font(workbook, (short) 18, true));
		this.title.setAlignment(HorizontalAlignment.CENTER);
		this.title.setVerticalAlignment(VerticalAlignment.CENTER);
		this.centred = workbook.createCellStyle();
		this.centred.setFont(plain);
		this.centred.setAlignment(HorizontalAlignment.CENTER);
		this.label = bordered(workbook, plain, HorizontalAlignment.CENTER);
		this.value = bordered(workbook, plain, HorizontalAlignment.LEFT);
		this.quoted = bordered(workbook, plain, HorizontalAlignment.LEFT);
		this.quoted.setQuotePrefixed(true);
		this.amount = bordered(workbook, plain, HorizontalAlignment.RIGHT);
		this.amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
	}

	private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	private static Font font(Workbook workbook, short points, boolean bold) {
		Font font = workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints(points);
		font.setBold(bold);
		return font;
	}

}
