package cn.jixiao.portal.importing;

import cn.jixiao.portal.audit.AuditLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.importing.FilingImporter.FileContent;
import cn.jixiao.indexer.importing.ImportOutcome;
import cn.jixiao.indexer.importing.ImportStatus;
import cn.jixiao.indexer.importing.ImportSummary;
import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.importing.ImportStore.FilingLink;
import cn.jixiao.portal.importing.ImportStore.RecentFile;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.MessageBundle;

@RestController
@RequestMapping("/api/import")
@Tag(name = "导入", description = "Upload filing files (text extracted from PDFs) into the store and the search index")
class ImportApiController {

	private static final int MAX_RECENT = 200;

	private final FilingImporter importer;

	private final ImportStore store;

	private final MessageBundle messages;

	private final AuditLog audit;

	ImportApiController(FilingImporter importer, ImportStore store, MessageBundle messages, AuditLog audit) {
		this.audit = audit;
		this.importer = importer;
		this.store = store;
		this.messages = messages;
	}

	/** A parser or upload problem, with its line when it concerns one. */
	record Problem(Integer line, String message) {
	}

	/** What happened to one uploaded file, with links to its stored forms. */
	record FileResult(String fileName, String status, String statusLabel, int forms, int indicators,
			List<Problem> problems, List<FilingLink> filings) {
	}

	record ImportResponse(int files, long imported, long replaced, long unchanged, long rejected, long millis,
			List<FileResult> results) {
	}

	@PostMapping
	@Operation(
			summary = "Import one or more filing files (multipart field 'files'); each file is stored whole or not at all")
	ImportResponse importFiles(@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		List<MultipartFile> uploaded = (files != null) ? files.stream().filter((file) -> !isUnnamedEmpty(file)).toList()
				: List.of();
		if (uploaded.isEmpty()) {
			throw new BadRequestException("import.noFiles");
		}
		long start = System.nanoTime();
		FileResult[] results = new FileResult[uploaded.size()];
		List<FileContent> accepted = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < uploaded.size(); i++) {
			MultipartFile file = uploaded.get(i);
			String name = UploadCheck.baseName(file.getOriginalFilename());
			byte[] content = (file.getSize() > UploadCheck.MAX_FILE_BYTES) ? new byte[0] : bytes(file);
			String refusal = (file.getSize() > UploadCheck.MAX_FILE_BYTES) ? "import.refused.tooLarge"
					: UploadCheck.refusal(name, content);
			if (refusal != null) {
				results[i] = refused(name, refusal);
			}
			else {
				accepted.add(new FileContent(name, content));
				positions.add(i);
			}
		}
		if (!accepted.isEmpty()) {
			ImportSummary summary = this.importer.importBatch(accepted);
			Iterator<Integer> position = positions.iterator();
			summary.outcomes().forEach((outcome) -> results[position.next()] = result(outcome));
		}
		List<FileResult> all = Arrays.asList(results);
		all.forEach((result) -> this.audit.record("import.file", result.fileName(), result.status(), result.forms()
				+ " forms, " + result.indicators() + " indicators, " + result.problems().size() + " problems"));
		return new ImportResponse(all.size(), count(all, ImportStatus.IMPORTED), count(all, ImportStatus.REPLACED),
				count(all, ImportStatus.UNCHANGED), count(all, ImportStatus.REJECTED),
				(System.nanoTime() - start) / 1_000_000, all);
	}

	@GetMapping("/recent")
	@Operation(
			summary = "Imported files, newest first, with their form, indicator and problem counts; format=csv|xlsx downloads them")
	ResponseEntity<?> recent(@RequestParam(defaultValue = "20") int limit,
			@RequestParam(required = false) String format) {
		List<RecentFile> recent = this.store.findRecent(Math.max(1, Math.min(limit, MAX_RECENT)));
		if (format == null) {
			return ResponseEntity.ok(recent);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (RecentFile file : recent) {
			rows.add(List.of(file.name(), file.importedAt().toString(), file.sizeBytes(), file.forms(),
					file.indicators(), file.problems()));
		}
		return TableExport.download(new Table(this.messages.get("import.export.recentName"),
				List.of(this.messages.get("import.export.fileName"), this.messages.get("import.col.importedAt"),
						this.messages.get("import.export.size"), this.messages.get("import.col.forms"),
						this.messages.get("import.col.indicators"), this.messages.get("import.export.problems")),
				rows), ExportFormat.of(format));
	}

	private FileResult result(ImportOutcome outcome) {
		List<Problem> problems = outcome.problems()
			.stream()
			.map((ParseProblem problem) -> new Problem(problem.line(), problem.message()))
			.toList();
		List<FilingLink> filings = (outcome.status() == ImportStatus.REJECTED) ? List.of()
				: this.store.findFilings(outcome.fileName());
		return new FileResult(outcome.fileName(), code(outcome.status()), label(outcome.status()), outcome.forms(),
				outcome.indicators(), problems, filings);
	}

	private FileResult refused(String name, String reason) {
		String message = this.messages.get(reason, UploadCheck.MAX_FILE_BYTES / (1024 * 1024),
				UploadCheck.MAX_NAME_LENGTH);
		return new FileResult((name != null) ? name : "", code(ImportStatus.REJECTED), label(ImportStatus.REJECTED), 0,
				0, List.of(new Problem(null, message)), List.of());
	}

	private String label(ImportStatus status) {
		return this.messages.get("import.status." + code(status));
	}

	private static String code(ImportStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	private static long count(List<FileResult> results, ImportStatus status) {
		return results.stream().filter((result) -> result.status().equals(code(status))).count();
	}

	/** A form posted with no file chosen sends one part without name or bytes. */
	private static boolean isUnnamedEmpty(MultipartFile file) {
		return file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
