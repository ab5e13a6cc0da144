package cn.jixiao.portal.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.jixiao.portal.filing.FilingView.IndicatorRow;

/**
 * The indicator table grouped as the paper form prints it: consecutive rows with the same
 * 一级指标 share one merged cell, and within it consecutive rows with the same 二级指标 share
 * another. Rows keep the order they were filed in.
 */
final class IndicatorTable {

	private IndicatorTable() {
	}

	/** A merged 一级指标 cell spanning {@code rowCount} rows. */
	record Level1(String level1, int rowCount, List<Level2> groups) {
	}

	/** A merged 二级指标 cell over its rows. */
	record Level2(String level2, List<IndicatorRow> rows) {
	}

	static List<Level1> group(List<IndicatorRow> rows) {
		List<Level1> levels = new ArrayList<>();
		List<Level2> groups = new ArrayList<>();
		List<IndicatorRow> current = new ArrayList<>();
		IndicatorRow previous = null;
		for (IndicatorRow row : rows) {
			if (previous != null && !Objects.equals(previous.level1(), row.level1())) {
				groups.add(new Level2(previous.level2(), List.copyOf(current)));
				levels.add(level1(previous.level1(), groups));
				groups = new ArrayList<>();
				current = new ArrayList<>();
			}
			else if (previous != null && !Objects.equals(previous.level2(), row.level2())) {
				groups.add(new Level2(previous.level2(), List.copyOf(current)));
				current = new ArrayList<>();
			}
			current.add(row);
			previous = row;
		}
		if (previous != null) {
			groups.add(new Level2(previous.level2(), List.copyOf(current)));
			levels.add(level1(previous.level1(), groups));
		}
		return List.copyOf(levels);
	}

	private static Level1 level1(String level1, List<Level2> groups) {
		int rowCount = groups.stream().mapToInt((group) -> group.rows().size()).sum();
		return new Level1(level1, rowCount, List.copyOf(groups));
	}

}
