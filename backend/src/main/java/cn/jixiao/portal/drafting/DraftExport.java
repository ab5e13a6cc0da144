package cn.jixiao.portal.drafting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.parse.FilingTextWriter;
import cn.jixiao.portal.system.BadRequestException;

/**
 * A draft as a download: the filled form as an Excel workbook, or as the text file the
 * parser reads (and the import takes).
 */
final class DraftExport {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private DraftExport() {
	}

	static ResponseEntity<byte[]> download(DraftView draft, String format) {
		Filing form = draft.form().filing();
		return switch (format.toLowerCase(Locale.ROOT)) {
			case "xlsx" -> file(TargetFormWorkbook.write(form), fileName(draft, "xlsx"), XLSX);
			case "txt" -> file(text(form).getBytes(StandardCharsets.UTF_8), fileName(draft, "txt"), TEXT);
			default -> throw BadRequestException.invalid("format", format, "xlsx", "txt");
		};
	}

	static String text(Filing form) {
		return new FilingTextWriter().write(List.of(form));
	}

	/** 鉴定、认定费_2027年度_财政项目支出绩效目标申报表.xlsx */
	static String fileName(DraftView draft, String extension) {
		String project = draft.header().projectName().replaceAll("[\\\\/:*?\"<>|]", "_");
		return project + "_" + draft.header().year() + "年度_" + Glossary.TARGET_FORM_TITLE + "." + extension;
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
		ContentDisposition disposition = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.contentType(type)
			.body(body);
	}

}
