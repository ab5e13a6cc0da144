package cn.jixiao.portal.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.jixiao.portal.audit.AuditSearch.AuditFilter;
import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.system.MessageBundle;

/** The 审计日志 page and its API, for administrators: filtered, newest first, exportable. */
@Controller
@Tag(name = "审计日志", description = "Who imported, decided links, changed users or the synonym list, and when")
class AuditPages {

	private final AuditSearch search;

	private final MessageBundle messages;

	AuditPages(AuditSearch search, MessageBundle messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) String who, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		AuditFilter filter = new AuditFilter(who, action, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", this.search.find(filter));
		return "audit/audit";
	}

	@GetMapping("/api/audit")
	@ResponseBody
	@Operation(summary = "Audit log entries, newest first (at most 5,000), filtered by user, action prefix and days; "
			+ "format=csv|xlsx downloads them")
	ResponseEntity<?> entries(@RequestParam(required = false) String who, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format) {
		List<AuditEntry> entries = this.search.find(new AuditFilter(who, action, from, to));
		if (format == null) {
			return ResponseEntity.ok(entries);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (AuditEntry entry : entries) {
			rows.add(Arrays.asList(entry.time(), entry.who(), entry.action(), entry.target(), entry.result(),
					entry.details()));
		}
		List<String> headers = List.of(this.messages.get("audit.col.at"), this.messages.get("audit.col.who"),
				this.messages.get("audit.col.action"), this.messages.get("audit.col.target"),
				this.messages.get("audit.col.result"), this.messages.get("audit.col.details"));
		return TableExport.download(new Table(this.messages.get("audit.export.name"), headers, rows),
				ExportFormat.of(format));
	}

}
