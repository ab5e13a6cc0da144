package cn.jixiao.portal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Writes a table as CSV (UTF-8 with a byte-order mark, which Excel needs to read Chinese)
 * or as an Excel workbook, and wraps it as a download.
 */
public final class TableExport {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final int MAX_SHEET_NAME = 31;

	private static final String FORMULA_LEADS = "=+-@\t\r";

	private TableExport() {
	}

	public static ResponseEntity<byte[]> download(Table table, ExportFormat format) {
		byte[] body = (format == ExportFormat.CSV) ? csv(table) : xlsx(table);
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(table.name() + "." + format.extension(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.contentType(format.mediaType())
			.body(body);
	}

	static byte[] csv(Table table) {
		StringBuilder text = new StringBuilder();
		line(text, table.headers());
		for (List<Object> row : table.rows()) {
			line(text, row);
		}
		byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[UTF8_BOM.length + content.length];
		System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
		System.arraycopy(content, 0, withBom, UTF8_BOM.length, content.length);
		return withBom;
	}

	private static void line(StringBuilder text, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(csvCell(cells.get(i)));
		}
		text.append("\r\n");
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
		// A leading = + - @ would make a spreadsheet evaluate the cell as a formula, and
		// some strip a leading tab or carriage return first.
		if (!(value instanceof Number) && !text.isEmpty() && FORMULA_LEADS.indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	static byte[] xlsx(Table table) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName(table.name()));
			((SXSSFSheet) sheet).trackAllColumnsForAutoSizing();
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			Row header = sheet.createRow(0);
			for (int i = 0; i < table.headers().size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(table.headers().get(i));
				cell.setCellStyle(headerStyle);
			}
			int rowIndex = 1;
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(rowIndex++);
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) != null) {
						write(row.createCell(i), values.get(i));
					}
				}
			}
			for (int i = 0; i < table.headers().size(); i++) {
				sheet.autoSizeColumn(i);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date.toString());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private static String sheetName(String name) {
		String safe = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
		return (safe.length() > MAX_SHEET_NAME) ? safe.substring(0, MAX_SHEET_NAME) : safe;
	}

}
