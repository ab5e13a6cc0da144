package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Taxonomy;

/**
 * Two years of one project side by side: indicators matched by name key within their 二级指标
 * (the n-th namesake of one year with the n-th of the other), each row added, removed,
 * changed (another target) or unchanged; and the budget difference.
 */
record YearComparison(long projectId, String projectName, String unitName, Side from, Side to,
		BigDecimal budgetDifference, BigDecimal budgetChangePercent, List<Row> rows, Map<Status, Integer> counts,
		List<Integer> years) {

	/** How an indicator fared from one year to the other. */
	enum Status {

		ADDED, REMOVED, CHANGED, UNCHANGED

	}

	/** One year's filing: the one whose budget counts that year. */
	record Side(int year, long filingId, FormKind kind, String name, BigDecimal budget) {

	}

	/**
	 * An indicator row of a filing, with its target's structured reading when there is
	 * one.
	 */
	record Indicator(String level1, String level2, String name, String nameKey, String target, String operator,
			BigDecimal number, String unit) {

	}

	/** A row of the comparison: either side may be missing. */
	record Row(String level1, String level2, String fromName, String toName, String fromTarget, String toTarget,
			Status status) {

	}

	static YearComparison of(long projectId, String projectName, String unitName, Side from, Side to,
			List<Indicator> fromIndicators, List<Indicator> toIndicators, List<Integer> years) {
		List<Row> rows = rows(fromIndicators, toIndicators);
		Map<Status, Integer> counts = new LinkedHashMap<>();
		for (Status status : Status.values()) {
			counts.put(status, (int) rows.stream().filter((row) -> row.status() == status).count());
		}
		BigDecimal difference = (from.budget() != null && to.budget() != null) ? to.budget().subtract(from.budget())
				: null;
		BigDecimal percent = (difference != null && from.budget().signum() != 0)
				? difference.multiply(BigDecimal.valueOf(100)).divide(from.budget(), 1, RoundingMode.HALF_UP) : null;
		return new YearComparison(projectId, projectName, unitName, from, to, difference, percent, rows, counts, years);
	}

	/**
	 * The later year's rows in its order, each group of 二级指标 followed by what the earlier
	 * year had and the later one dropped; groups in the taxonomy's order.
	 */
	static List<Row> rows(List<Indicator> from, List<Indicator> to) {
		Map<String, Deque<Indicator>> earlier = new LinkedHashMap<>();
		from.forEach(
				(indicator) -> earlier.computeIfAbsent(key(indicator), (key) -> new ArrayDeque<>()).add(indicator));
		List<Row> rows = new ArrayList<>();
		for (Indicator later : to) {
			Deque<Indicator> namesakes = earlier.get(key(later));
			Indicator before = (namesakes != null) ? namesakes.poll() : null;
			if (before == null) {
				rows.add(new Row(later.level1(), later.level2(), null, later.name(), null, later.target(),
						Status.ADDED));
			}
			else {
				rows.add(new Row(later.level1(), later.level2(), before.name(), later.name(), before.target(),
						later.target(), sameTarget(before, later) ? Status.UNCHANGED : Status.CHANGED));
			}
		}
		earlier.values()
			.forEach((left) -> left.forEach((before) -> rows.add(new Row(before.level1(), before.level2(),
					before.name(), null, before.target(), null, Status.REMOVED))));
		List<Row> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.comparingInt((Row row) -> rank(row.level1(), row.level2())));
		return sorted;
	}

	/**
	 * Quantitative targets are the same when operator, number and unit are (so
	 * {@code =100%} and {@code =100.00(%)} agree); others when their text is, widths and
	 * spaces aside.
	 */
	static boolean sameTarget(Indicator a, Indicator b) {
		if (a.number() != null && b.number() != null) {
			return a.number().compareTo(b.number()) == 0 && Objects.equals(a.operator(), b.operator())
					&& fold(a.unit()).equals(fold(b.unit()));
		}
		return fold(a.target()).equals(fold(b.target()));
	}

	private static String key(Indicator indicator) {
		return Objects.toString(indicator.level2(), "") + '\n' + indicator.nameKey();
	}

	private static int rank(String level1, String level2) {
		int index = Taxonomy.level2Labels().indexOf(level2);
		if (index >= 0) {
			return index;
		}
		int parent = Taxonomy.level1Labels().indexOf(level1);
		return 100 + ((parent >= 0) ? parent : 99);
	}

	private static String fold(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s()]", "");
	}

}
