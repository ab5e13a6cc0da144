package cn.jixiao.portal.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.store.DraftHeader;
import cn.jixiao.indexer.store.DraftRow.SuggestedFrom;
import cn.jixiao.portal.drafting.SimilarFilings.Similar;
import cn.jixiao.portal.drafting.SuggestionQueries.NameKey;
import cn.jixiao.portal.drafting.SuggestionQueries.PastIndicator;
import cn.jixiao.portal.drafting.SuggestionQueries.TargetUse;

/**
 * Proposes indicators for a draft from past filings: the same project in other years
 * first (the unit's filings lineage links to the drafted name), then the filings most
 * like it by name and goal. One suggestion per indicator name key, under the 二级指标 of the
 * filing it was first seen in, with the target most filings write for it.
 */
@Component
class IndicatorSuggestions {

	/** Alike filings drawn on besides the same project's. */
	static final int ALIKE_FILINGS = 8;

	/** Suggestions per 二级指标 from alike filings; the same project's are all kept. */
	static final int PER_LEVEL2 = 5;

	private static final List<String> LEVEL2_ORDER = Taxonomy.level2Labels();

	private final SuggestionQueries queries;

	private final SimilarFilings similar;

	IndicatorSuggestions(SuggestionQueries queries, SimilarFilings similar) {
		this.queries = queries;
		this.similar = similar;
	}

	Suggestions suggest(DraftHeader draft) {
		DraftHeader header = DraftCheck.normalised(new DraftForm(draft, List.of())).header();
		List<Long> lineage = (header.unit() != null && header.projectName() != null)
				? this.queries.lineage(NameKeys.organisation(header.unit()), NameKeys.project(header.projectName()))
				: List.of();
		List<Similar> alike = this.similar.find(header.projectName(), header.annualGoal(), lineage, ALIKE_FILINGS);
		Map<Long, Double> alikeScores = alike.stream().collect(Collectors.toMap(Similar::filingId, Similar::score));
		List<Long> ids = new ArrayList<>(lineage);
		alike.forEach((filing) -> ids.add(filing.filingId()));
		Map<Long, PastFiling> filings = this.queries.filings(ids, Set.copyOf(lineage))
			.stream()
			.collect(Collectors.toMap(PastFiling::id, Function.identity()));
		List<PastFiling> basis = preferred(filings, alikeScores);
		Map<String, Candidate> candidates = candidates(basis, alikeScores);
		return new Suggestions(basis, groups(candidates));
	}

	/**
	 * The same project's filings, latest year first, then the alike, most alike first.
	 */
	private static List<PastFiling> preferred(Map<Long, PastFiling> filings, Map<Long, Double> alikeScores) {
		Comparator<PastFiling> lineageFirst = Comparator.comparing((PastFiling filing) -> !filing.sameLineage());
		Comparator<PastFiling> latest = Comparator.comparing(PastFiling::year,
				Comparator.nullsLast(Comparator.reverseOrder()));
		Comparator<PastFiling> mostAlike = Comparator
			.comparing((PastFiling filing) -> -alikeScores.getOrDefault(filing.id(), 0.0));
		return filings.values()
			.stream()
			.sorted(lineageFirst.thenComparing(mostAlike)
				.thenComparing(latest)
				.thenComparing(PastFiling::id, Comparator.reverseOrder()))
			.toList();
	}

	/**
	 * The indicators of the filings in order of preference, one per name key: the first
	 * use found is the one suggested.
	 */
	private Map<String, Candidate> candidates(List<PastFiling> basis, Map<Long, Double> alikeScores) {
		Map<Long, List<PastIndicator>> byFiling = this.queries.indicators(basis.stream().map(PastFiling::id).toList())
			.stream()
			.collect(Collectors.groupingBy(PastIndicator::filingId));
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		for (PastFiling filing : basis) {
			for (PastIndicator indicator : byFiling.getOrDefault(filing.id(), List.of())) {
				if (Taxonomy.parentOf(indicator.level2()).isEmpty()) {
					continue;
				}
				candidates.computeIfAbsent(indicator.nameKey(),
						(key) -> new Candidate(indicator, filing, candidates.size())).support += alikeScores
							.getOrDefault(filing.id(), 0.0);
			}
		}
		return candidates;
	}

	private List<Suggestions.Group> groups(Map<String, Candidate> candidates) {
		Map<NameKey, Long> counts = this.queries.filingCounts(candidates.keySet());
		Map<NameKey, List<TargetUse>> targets = this.queries.targetUses(candidates.keySet())
			.stream()
			.collect(Collectors.groupingBy((use) -> new NameKey(use.level2(), use.nameKey())));
		Map<String, List<Candidate>> byLevel2 = candidates.values()
			.stream()
			.collect(Collectors.groupingBy((candidate) -> candidate.use.level2()));
		List<Suggestions.Group> groups = new ArrayList<>();
		for (String level2 : LEVEL2_ORDER) {
			List<Candidate> group = byLevel2.getOrDefault(level2, List.of());
			if (group.isEmpty()) {
				continue;
			}
			List<Candidate> ordered = new ArrayList<>(group.stream().filter(Candidate::sameLineage).toList());
			group.stream()
				.filter((candidate) -> !candidate.sameLineage())
				.sorted(Comparator.comparingDouble((Candidate candidate) -> -candidate.support)
					.thenComparing((candidate) -> -counts.getOrDefault(candidate.key(), 0L))
					.thenComparingInt((candidate) -> candidate.found))
				.limit(PER_LEVEL2)
				.forEach(ordered::add);
			String level1 = Taxonomy.parentOf(level2).orElseThrow();
			groups.add(new Suggestions.Group(level1, level2,
					ordered.stream()
						.map((candidate) -> candidate.suggestion(level1, counts.getOrDefault(candidate.key(), 0L),
								usual(targets.getOrDefault(candidate.key(), List.of()))))
						.toList()));
		}
		return groups;
	}

	/**
	 * The target most filings write, the latest year breaking ties; {@code null} when no
	 * filing writes one.
	 */
	static TargetUse usual(List<TargetUse> uses) {
		return uses.stream()
			.filter((use) -> use.target() != null)
			.min(Comparator.comparingLong((TargetUse use) -> -use.filings())
				.thenComparing(TargetUse::lastYear, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(TargetUse::target))
			.orElse(null);
	}

	/** An indicator name key and the use of it that will be suggested. */
	private static final class Candidate {

		private final PastIndicator use;

		private final PastFiling filing;

		/**
		 * In what order it was found, which keeps the same project's rows in its order.
		 */
		private final int found;

		/** How alike the filings using it are, added up. */
		private double support;

		Candidate(PastIndicator use, PastFiling filing, int found) {
			this.use = use;
			this.filing = filing;
			this.found = found;
		}

		boolean sameLineage() {
			return this.filing.sameLineage();
		}

		NameKey key() {
			return new NameKey(this.use.level2(), this.use.nameKey());
		}

		IndicatorSuggestion suggestion(String level1, long filings, TargetUse usual) {
			return new IndicatorSuggestion(level1, this.use.level2(), this.use.name(), this.use.nameKey(),
					(usual != null) ? usual.target() : null, (usual != null) ? usual.filings() : 0, filings,
					sameLineage(), sameLineage() ? this.use.target() : null,
					new SuggestedFrom(this.filing.id(), this.filing.projectName(), this.filing.year(),
							(int) Math.min(Integer.MAX_VALUE, filings), sameLineage()));
		}

	}

}
