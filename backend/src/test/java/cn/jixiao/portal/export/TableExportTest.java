package cn.jixiao.portal.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportTest {

	private final Table table = new Table("指标库", List.of("三级指标", "指标值", "使用次数"), List
		.of(Arrays.asList("服务对象满意度", "≥90%", 12), Arrays.asList("=1+1, \"含引号\"", null, new BigDecimal("3.50"))));

	@Test
	void csvHasABomChineseHeadersAndQuotedCells() {
		byte[] csv = TableExport.csv(this.table);
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("三级指标,指标值,使用次数\r\n服务对象满意度,≥90%,12\r\n\"'=1+1, \"\"含引号\"\"\",,3.50\r\n");
	}

	@Test
	void csvNeutralisesEveryFormulaLead() {
		Table leads = new Table("t", List.of("a"),
				List.of(List.of("+1"), List.of("-1"), List.of("@SUM(A1)"), List.of("\t=1"), List.of("\r=1")));
		String text = new String(TableExport.csv(leads), StandardCharsets.UTF_8).substring(1);
		assertThat(text).isEqualTo("a\r\n'+1\r\n'-1\r\n'@SUM(A1)\r\n'\t=1\r\n\"'\r=1\"\r\n");
	}

	@Test
	void workbookHoldsTheSameCells() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(this.table)))) {
			Sheet sheet = workbook.getSheet("指标库");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("三级指标");
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12.0);
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=1+1, \"含引号\"");
			assertThat(sheet.getRow(2).getCell(1)).isNull();
		}
	}

	@Test
	void downloadNamesTheFileInUtf8() {
		ResponseEntity<byte[]> response = TableExport.download(this.table, ExportFormat.of("XLSX"));
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
			.contains("filename*=UTF-8''%E6%8C%87%E6%A0%87%E5%BA%93.xlsx");
	}

}
