package cn.jixiao.portal.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.parse.TargetValueParser;
import cn.jixiao.indexer.store.DraftHeader;
import cn.jixiao.indexer.store.DraftRow;

/**
 * A draft as the editor sends it: the header and the indicator rows in the table's order.
 */
record DraftForm(DraftHeader header, List<DraftRow> indicators) {

	/** A draft has no file: its forms are named after it. */
	static final String SOURCE = "draft";

	/** Nor source lines; the form and its rows name line 1. */
	private static final LineRange NO_LINES = LineRange.of(1);

	private static final TargetValueParser VALUES = new TargetValueParser();

	DraftForm {
		header = (header != null) ? header : new DraftHeader(null, null, null, null, null, null, null, null);
		indicators = (indicators != null) ? indicators.stream().filter((row) -> row != null).toList() : List.of();
	}

	/**
	 * The target form the draft fills, as the parser would read it from the draft's file:
	 * the plan runs over the budget year, the way the seeds' forms do. Rows without a
	 * name are not yet indicators and are left out.
	 */
	Filing filing() {
		DraftHeader header = this.header;
		Integer year = header.year();
		List<Indicator> rows = new ArrayList<>();
		for (int i : indicatorRows()) {
			DraftRow row = this.indicators.get(i);
			String target = (row.target() != null && !row.target().isBlank()) ? row.target() : null;
			rows.add(new Indicator(row.level1(), row.level2(), row.name(), target,
					(target != null) ? VALUES.parse(target) : null, null, null, null, NO_LINES));
		}
		return new Filing(SOURCE, 1, FormKind.TARGET, year, null, header.projectName(), header.department(),
				header.unit(), header.projectNature(), header.projectCategory(),
				(year != null) ? LocalDate.of(year, 1, 1) : null, (year != null) ? LocalDate.of(year, 12, 31) : null,
				header.funds(), null, header.annualGoal(), null, null, null, null, NO_LINES, rows);
	}

	/**
	 * The rows (0-based) that are the form's indicators, in order: the n-th indicator of
	 * {@link #filing()} is row {@code indicatorRows().get(n)}.
	 */
	List<Integer> indicatorRows() {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < this.indicators.size(); i++) {
			String name = this.indicators.get(i).name();
			if (name != null && !name.isBlank()) {
				rows.add(i);
			}
		}
		return rows;
	}

}
