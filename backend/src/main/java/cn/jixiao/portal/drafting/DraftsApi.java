package cn.jixiao.portal.drafting;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.indexer.store.DraftSummary;

/**
 * Drafts of new filings: saved, listed, opened, changed, removed, and downloaded as the
 * filled form ({@code xlsx}) or as the text file the parser reads ({@code txt}).
 */
@RestController
@RequestMapping("/api/drafts")
@Tag(name = "起草", description = "Drafts of new target forms, their suggestions, live review and exports")
class DraftsApi {

	private final DraftStore drafts;

	DraftsApi(DraftStore drafts) {
		this.drafts = drafts;
	}

	@GetMapping
	@Operation(summary = "The saved drafts, last changed first")
	List<DraftSummary> list() {
		return this.drafts.list();
	}

	@PostMapping
	@Operation(summary = "Save a new draft: 项目名称, 实施单位 and 年度 are required; rows are put in the taxonomy's order")
	ResponseEntity<DraftView> create(@RequestBody DraftForm form) {
		DraftView created = this.drafts.create(form);
		return ResponseEntity.created(URI.create("/api/drafts/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One draft with its rows")
	DraftView draft(@PathVariable long id) {
		return this.drafts.find(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save a draft again: header and rows are replaced as sent")
	DraftView update(@PathVariable long id, @RequestBody DraftForm form) {
		return this.drafts.update(id, form);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a draft")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.drafts.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/export")
	@Operation(summary = "The saved draft as the filled 财政项目支出绩效目标申报表 (format=xlsx) or as the text "
			+ "file the parser reads back to the same draft (format=txt)")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam String format) {
		return DraftExport.download(this.drafts.find(id), format);
	}

}
