package cn.jixiao.portal.filing;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.filing.FilingView.IndicatorRow;
import cn.jixiao.portal.system.MessageBundle;

@RestController
@Tag(name = "申报表", description = "A whole filing and the source file it was read from")
class FilingController {

	private final FilingReads reads;

	private final MessageBundle messages;

	FilingController(FilingReads reads, MessageBundle messages) {
		this.reads = reads;
		this.messages = messages;
	}

	@GetMapping("/api/filings/{id}")
	@Operation(summary = "A filing: header, funds in 元, goals, execution (tracking forms) and the indicator table "
			+ "grouped by level")
	FilingView filing(@PathVariable long id) {
		return this.reads.filing(id);
	}

	@GetMapping("/api/filings/{id}/export")
	@Operation(summary = "A filing's indicator table as CSV or Excel (format=csv|xlsx)")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
		ExportFormat exportFormat = ExportFormat.of(format);
		FilingView filing = this.reads.filing(id);
		boolean tracking = filing.kind() == FormKind.TRACKING;
		List<String> headers = new ArrayList<>(
				List.of(Glossary.LEVEL1, Glossary.LEVEL2, Glossary.LEVEL3, Glossary.TARGET_VALUE));
		if (tracking) {
			headers.addAll(List.of(Glossary.PLANNED_VALUE, Glossary.ACTUAL_VALUE, Glossary.DEVIATION));
		}
		headers.add(this.messages.get("filing.col.lines"));
		List<List<Object>> rows = new ArrayList<>();
		filing.levels()
			.forEach((level1) -> level1.groups()
				.forEach((level2) -> level2.rows().forEach((row) -> rows.add(cells(row, tracking)))));
		String name = (filing.projectName() != null) ? filing.projectName() : this.messages.get("nav.filing");
		return TableExport.download(new Table(name, headers, rows), exportFormat);
	}

	@GetMapping("/api/sources/{fileName}")
	@Operation(summary = "An imported file's text with line numbers, its forms' line ranges and parse problems")
	SourceView source(@PathVariable String fileName) {
		return this.reads.source(fileName);
	}

	private static List<Object> cells(IndicatorRow row, boolean tracking) {
		List<Object> cells = new ArrayList<>();
		cells.add(text(row.level1()));
		cells.add(text(row.level2()));
		cells.add(text(row.name()));
		cells.add(text(row.target()));
		if (tracking) {
			cells.add(text(row.planned()));
			cells.add(text(row.actual()));
			cells.add(text(row.deviation()));
		}
		cells.add(row.firstLine() + ((row.lastLine() != row.firstLine()) ? "–" + row.lastLine() : ""));
		return cells;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
