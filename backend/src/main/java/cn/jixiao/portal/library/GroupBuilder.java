package cn.jixiao.portal.library;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.filing.ValueKind;
import cn.jixiao.indexer.review.IndicatorFacts;
import cn.jixiao.indexer.review.IndicatorFinding;
import cn.jixiao.indexer.review.Quartiles;
import cn.jixiao.indexer.review.TargetText;
import cn.jixiao.portal.library.GroupRow.Reason;
import cn.jixiao.portal.library.GroupRow.TargetShare;
import cn.jixiao.portal.library.GroupRow.UnitStats;
import cn.jixiao.portal.library.GroupRow.Variant;
import cn.jixiao.portal.library.LibraryQueries.GroupCounts;
import cn.jixiao.portal.library.LibraryQueries.TargetCount;
import cn.jixiao.portal.review.IndicatorCheck;
import cn.jixiao.portal.review.Verdict;
import cn.jixiao.portal.system.MessageBundle;

/**
 * Collects one group's grouped counts (targets with the names they are written under,
 * actuals) into its {@link GroupRow}. Each distinct target is scored once and weighted by
 * its uses.
 */
final class GroupBuilder {

	private final GroupCounts counts;

	private final IndicatorCheck check;

	private final MessageBundle messages;

	private final Map<String, Long> names = new LinkedHashMap<>();

	private final Map<String, TargetTally> targets = new LinkedHashMap<>();

	private final Map<String, NavigableMap<BigDecimal, Long>> numbers = new TreeMap<>();

	private final Map<String, Reason> reasons = new LinkedHashMap<>();

	private Attainment attainment = Attainment.none();

	private long scoredUses;

	private long scoreSum;

	private long fullScoreUses;

	GroupBuilder(GroupCounts counts, IndicatorCheck check, MessageBundle messages) {
		this.counts = counts;
		this.check = check;
		this.messages = messages;
	}

	void actual(String operator, String planned, String actual, long uses) {
		this.attainment = this.attainment.add(Attainment.outcome(operator, planned, actual), uses);
	}

	void target(TargetCount target) {
		GroupKey group = this.counts.group();
		this.names.merge(target.name(), target.uses(), Long::sum);
		Verdict verdict = this.check
			.check(new IndicatorFacts(Taxonomy.parentOf(group.level2()).orElse(null), group.level2(), group.key(),
					target.target(), target.kind(), target.operator(), target.number(), target.unit()));
		this.scoredUses += target.uses();
		this.scoreSum += (long) verdict.score() * target.uses();
		if (verdict.score() == Verdict.FULL) {
			this.fullScoreUses += target.uses();
		}
		List<String> texts = new ArrayList<>();
		for (IndicatorFinding finding : verdict.findings()) {
			String text = finding.explanation();
			texts.add(text);
			this.reasons.merge(text, new Reason(text, finding.deduction(), target.uses()),
					(a, b) -> new Reason(text, a.deduction(), a.uses() + b.uses()));
		}
		String label = label(target);
		String kind = (target.kind() != null) ? target.kind().code() : null;
		this.targets.computeIfAbsent(label, (l) -> new TargetTally(l, kind, verdict.score(), texts))
			.add(target.uses(), target.filings());
		if (target.kind() == ValueKind.QUANTITATIVE && target.number() != null) {
			String unit = (target.unit() != null) ? target.unit() : "";
			this.numbers.computeIfAbsent(unit, (u) -> new TreeMap<>()).merge(target.number(), target.uses(), Long::sum);
		}
	}

	GroupRow build() {
		GroupKey group = this.counts.group();
		List<Variant> variants = this.names.entrySet()
			.stream()
			.map((e) -> new Variant(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(Variant::uses).reversed().thenComparing(Variant::name))
			.toList();
		long uses = this.counts.uses();
		List<TargetShare> shares = this.targets.values()
			.stream()
			.sorted(Comparator.comparingLong(TargetTally::filings).reversed().thenComparing(TargetTally::label))
			.map((t) -> new TargetShare(t.label, t.kind, t.filings, t.uses, share(t.uses, uses), t.score, t.reasons))
			.toList();
		List<UnitStats> stats = new ArrayList<>();
		this.numbers.forEach((unit, counts) -> {
			Quartiles q = Quartiles.of(counts);
			stats.add(new UnitStats(unit, q.count(), q.min(), q.q1(), q.median(), q.q3(), q.max()));
		});
		stats.sort(Comparator.comparingLong(UnitStats::count).reversed());
		List<Reason> sortedReasons = this.reasons.values()
			.stream()
			.sorted(Comparator.comparingLong((Reason r) -> r.deduction() * r.uses())
				.reversed()
				.thenComparing(Comparator.comparingLong(Reason::uses).reversed()))
			.toList();
		int score = (this.scoredUses > 0) ? (int) Math.round((double) this.scoreSum / this.scoredUses) : 0;
		String name = variants.isEmpty() ? group.key() : variants.get(0).name();
		return new GroupRow(Taxonomy.parentOf(group.level2()).orElse(null), group.level2(), group.key(), name, variants,
				this.counts.filings(), this.counts.units(), uses, this.counts.firstYear(), this.counts.lastYear(),
				this.counts.yearCount(), shares, shares.size(), stats,
				(this.attainment.reported() > 0) ? this.attainment : null, score,
				share(this.fullScoreUses, this.scoredUses), sortedReasons, this.counts.latestFiling());
	}

	private String label(TargetCount target) {
		if (target.kind() == ValueKind.QUANTITATIVE && target.number() != null) {
			return TargetText.of(target.operator(), target.number(), target.unit());
		}
		String raw = (target.target() != null) ? target.target().strip() : "";
		return raw.isEmpty() ? this.messages.get("library.target.none") : raw;
	}

	private static double share(long part, long whole) {
		return (whole > 0) ? (double) part / whole : 0;
	}

	private static final class TargetTally {

		private final String label;

		private final String kind;

		private final int score;

		private final List<String> reasons;

		private long uses;

		private long filings;

		TargetTally(String label, String kind, int score, List<String> reasons) {
			this.label = label;
			this.kind = kind;
			this.score = score;
			this.reasons = reasons;
		}

		void add(long uses, long filings) {
			this.uses += uses;
			this.filings += filings;
		}

		String label() {
			return this.label;
		}

		long filings() {
			return this.filings;
		}

	}

}
