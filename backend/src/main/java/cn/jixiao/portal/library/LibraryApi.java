package cn.jixiao.portal.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.review.IndicatorFacts;
import cn.jixiao.portal.export.ExportFormat;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.export.TableExport;
import cn.jixiao.portal.library.GroupDetail.Actual;
import cn.jixiao.portal.library.GroupDetail.Example;
import cn.jixiao.portal.library.LibraryQueries.Option;
import cn.jixiao.portal.library.LibraryQueries.Use;
import cn.jixiao.portal.review.IndicatorCheck;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.NotFoundException;

/**
 * The indicator library's API: groups of indicators by normalised name within a 二级指标,
 * filtered, sorted and paged, each group's detail, and CSV/Excel exports of both.
 * Filters:
 * {@code level1, level2, unit, year, kind (target|tracking), q, finding (a review
 * rule's id)}.
 */
@RestController
@RequestMapping("/api/library")
@Tag(name = "指标库", description = "Indicators grouped by normalised name within 二级指标: usage, targets, "
		+ "quartiles, actual values and well-formedness")
class LibraryApi {

	static final int MAX_PAGE_SIZE = 200;

	/** The detail view's lists; the exports hold all rows. */
	static final int SHOWN = 200;

	private static final int EXPORT_ROWS = 100_000;

	private static final int LIST_TARGETS = 4;

	private static final int LIST_REASONS = 3;

	private final IndicatorGroups groups;

	private final LibraryQueries queries;

	private final IndicatorCheck check;

	private final LibraryExports exports;

	LibraryApi(IndicatorGroups groups, LibraryQueries queries, IndicatorCheck check, LibraryExports exports) {
		this.groups = groups;
		this.queries = queries;
		this.check = check;
		this.exports = exports;
	}

	/** A page of groups. */
	record GroupPage(List<GroupRow> rows, int total, long uses, int page, int size, int pages) {
	}

	/** What the filters offer. */
	record Filters(Map<String, List<String>> levels, List<Option> units, List<Integer> years) {
	}

	@GetMapping
	@Operation(summary = "Indicator groups, sorted by usage (default), score or name, a page at a time")
	GroupPage list(@ModelAttribute LibraryFilter filter, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "25") int size) {
		if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("common.badRequest.page", MAX_PAGE_SIZE);
		}
		List<GroupRow> all = find(filter, sort, dir);
		int from = Math.min(all.size(), (page - 1) * size);
		List<GroupRow> rows = all.subList(from, Math.min(all.size(), from + size))
			.stream()
			.map((row) -> row.brief(LIST_TARGETS, LIST_REASONS))
			.toList();
		long uses = all.stream().mapToLong(GroupRow::uses).sum();
		return new GroupPage(rows, all.size(), uses, page, size, Math.max(1, (all.size() + size - 1) / size));
	}

	@GetMapping("/export")
	@Operation(summary = "All groups of the list as CSV or Excel (format=csv|xlsx)")
	ResponseEntity<byte[]> export(@ModelAttribute LibraryFilter filter, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam String format) {
		return TableExport.download(this.exports.groups(find(filter, sort, dir)), ExportFormat.of(format));
	}

	@GetMapping("/indicator")
	@Operation(summary = "One group (level2 and key): all targets, quartiles, actual values, examples, reasons")
	GroupDetail indicator(@ModelAttribute LibraryFilter filter, @RequestParam String level2, @RequestParam String key) {
		LibraryFilter one = filter.group(level2, key);
		GroupRow group = group(one);
		return new GroupDetail(group, this.queries.years(one), examples(one, group, SHOWN),
				this.queries.countUses(one, false), actuals(one, SHOWN), this.queries.countUses(one, true), SHOWN);
	}

	@GetMapping("/indicator/export")
	@Operation(summary = "A table of a group's detail as CSV or Excel: "
			+ "table=targets|stats|variants|reasons|examples|actuals, format=csv|xlsx")
	ResponseEntity<byte[]> exportIndicator(@ModelAttribute LibraryFilter filter, @RequestParam String level2,
			@RequestParam String key, @RequestParam String table, @RequestParam String format) {
		LibraryFilter one = filter.group(level2, key);
		GroupRow group = group(one);
		LibraryExports.DetailTable which = LibraryExports.DetailTable.of(table);
		Table download = switch (which) {
			case EXAMPLES -> this.exports.examples(group, examples(one, group, EXPORT_ROWS));
			case ACTUALS -> this.exports.actuals(group, actuals(one, EXPORT_ROWS));
			default -> this.exports.detail(group, which);
		};
		return TableExport.download(download, ExportFormat.of(format));
	}

	@GetMapping("/filters")
	@Operation(summary = "The choices of the filters: levels, 实施单位 and years")
	Filters filters() {
		Map<String, List<String>> levels = new LinkedHashMap<>();
		Taxonomy.level1Labels().forEach((level1) -> levels.put(level1, Taxonomy.level2Labels(level1)));
		return new Filters(levels, this.queries.units(), this.queries.budgetYears());
	}

	private List<GroupRow> find(LibraryFilter filter, String sort, String dir) {
		IndicatorGroups.Sort order = IndicatorGroups.Sort.of(sort);
		return this.groups.find(filter, order, order.reverses(dir));
	}

	private GroupRow group(LibraryFilter one) {
		List<GroupRow> found = this.groups.find(one, IndicatorGroups.Sort.USAGE, false);
		if (found.isEmpty()) {
			throw new NotFoundException("common.notFound.indicatorGroup", one.level2(), one.key());
		}
		return found.get(0);
	}

	private List<Example> examples(LibraryFilter one, GroupRow group, int limit) {
		return this.queries.uses(one, false, limit).stream().map((use) -> {
			int score = this.check
				.check(new IndicatorFacts(group.level1(), group.level2(), group.key(), use.target(), use.valueKind(),
						use.operator(), use.number(), use.valueUnit()))
				.score();
			return new Example(use.filingId(), use.projectName(), use.unit(), use.year(), kind(use.kind()), use.name(),
					use.target(), score);
		}).toList();
	}

	private List<Actual> actuals(LibraryFilter one, int limit) {
		return this.queries.uses(one, true, limit).stream().map(LibraryApi::actual).toList();
	}

	private static Actual actual(Use use) {
		String period = (use.periodFrom() != null) ? use.periodFrom() + " – " + use.periodTo() : null;
		return new Actual(use.filingId(), use.projectName(), use.unit(), use.year(), period, use.name(), use.target(),
				use.planned(), use.actual(),
				Attainment.outcome(use.operator(), use.planned(), use.actual()).name().toLowerCase(Locale.ROOT),
				use.deviation());
	}

	private static String kind(String stored) {
		return (stored != null) ? stored.toLowerCase(Locale.ROOT) : null;
	}

}
