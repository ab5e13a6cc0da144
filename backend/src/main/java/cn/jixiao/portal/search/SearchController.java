package cn.jixiao.portal.search;

import cn.jixiao.portal.audit.AuditLog;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.search.SearchResponse.HitView;
import cn.jixiao.portal.system.MessageBundle;

@RestController
@RequestMapping("/api/search")
@Tag(name = "检索", description = "Indicators and projects by words, synonyms, target-value conditions and facets")
class SearchController {

	/** An export holds at most this many rows (the index pages no deeper). */
	static final int MAX_EXPORT_ROWS = 10_000;

	private static final int MAX_SUGGESTIONS = 20;

	private final FilingSearch search;

	private final SearchIndex index;

	private final Synonyms synonyms;

	private final MessageBundle messages;

	private final AuditLog audit;

	SearchController(FilingSearch search, SearchIndex index, Synonyms synonyms, MessageBundle messages,
			AuditLog audit) {
		this.audit = audit;
		this.search = search;
		this.index = index;
		this.synonyms = synonyms;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Search indicators and projects: q holds words and conditions (指标值<90%, 单位=元/人); "
			+ "facet parameters unit, department, year, level1, level2, kind take several values each; "
			+ "finding=<rule id> (several allowed) keeps the filings with a review finding of that rule")
	SearchResponse search(SearchRequest request) {
		return this.search.search(request);
	}

	@GetMapping("/export")
	@Operation(summary = "The hits of a search as CSV or Excel (format=csv|xlsx), same parameters as the search")
	ResponseEntity<byte[]> export(SearchRequest request, @RequestParam(defaultValue = "csv") String format) {
		ExportFormat exportFormat = ExportFormat.of(format);
		List<List<Object>> rows = new ArrayList<>();
		for (HitView hit : this.search.all(request, MAX_EXPORT_ROWS)) {
			rows.add(List.<Object>of(this.messages.get("search.type." + hit.type()), text(hit.name()),
					text(hit.projectName()), text(hit.level1()), text(hit.level2()), text(hit.target()),
					text(hit.valueUnit()), (hit.year() != null) ? hit.year() : "", kind(hit.kind()), text(hit.unit()),
					text(hit.department())));
		}
		List<String> headers = List.of(this.messages.get("search.col.type"), this.messages.get("search.col.name"),
				Glossary.PROJECT_NAME, Glossary.LEVEL1, Glossary.LEVEL2, Glossary.TARGET_VALUE,
				this.messages.get("search.col.valueUnit"), Glossary.BUDGET_YEAR, this.messages.get("search.col.kind"),
				Glossary.UNIT, Glossary.DEPARTMENT);
		return TableExport.download(new Table(this.messages.get("search.export.name"), headers, rows), exportFormat);
	}

	@GetMapping("/suggest")
	@Operation(summary = "Indicator and project names containing the text, most used first")
	List<String> suggest(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "10") int limit) {
		return this.index.suggest(q, Math.max(1, Math.min(MAX_SUGGESTIONS, limit)));
	}

	@GetMapping("/synonyms")
	@Operation(summary = "The synonym list: one group of equivalent terms per line")
	SynonymList synonyms() {
		return new SynonymList(this.synonyms.text(), this.synonyms.groups());
	}

	@PutMapping("/synonyms")
	@Operation(summary = "Replace the synonym list (kept in the data folder); applies to the next search")
	SynonymList saveSynonyms(@RequestBody SynonymList list) {
		List<List<String>> groups = this.synonyms.save(list.text());
		this.audit.record("synonyms.save", "synonyms", "ok", groups.size() + " groups");
		return new SynonymList(this.synonyms.text(), groups);
	}

	/** The list as written and the groups read from it. */
	record SynonymList(String text, List<List<String>> groups) {
	}

	private static String kind(FormKind kind) {
		if (kind == null) {
			return "";
		}
		return (kind == FormKind.TRACKING) ? Glossary.TRACKING_FORM : Glossary.TARGET_FORM;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
