package cn.jixiao.indexer.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.indexer.store.LinkReason;

/**
 * Groups one unit's filings into projects across years. Filings whose normalised names
 * match belong together; groups with different names join when the goal text or the
 * indicator set says they are the same project, strongest evidence first, never two
 * filings of the same year and kind in one project. An analyst's decisions override the
 * evidence.
 */
final class LineageGrouping {

	/**
	 * Evidence below this is coincidence: shared boilerplate goals or a few common
	 * indicators.
	 */
	static final double LINK_THRESHOLD = 0.6;

	/** Two indicator names this close are the same indicator reworded. */
	static final double NAME_THRESHOLD = 0.7;

	/**
	 * A project's filings in order, the link between each filing and the next, and its
	 * anchor: the name key of its earliest filing, numbered ("#2") when an earlier
	 * project of the unit already has that key.
	 */
	record Project(String anchor, List<LineageCandidate> filings, List<Link> links) {
	}

	/** Why {@code to} follows {@code from}. */
	record Link(LineageCandidate from, LineageCandidate to, LinkReason reason, BigDecimal score) {
	}

	/** Evidence that two filings are one project. */
	record Evidence(LinkReason reason, double score) {
	}

	private static final Comparator<LineageCandidate> CHRONOLOGICAL = Comparator.comparingInt(LineageCandidate::year)
		.thenComparing(LineageCandidate::kind)
		.thenComparingLong(LineageCandidate::id);

	private LineageGrouping() {
	}

	static List<Project> group(List<LineageCandidate> filings, List<LineageDecision> decisions) {
		List<Group> groups = byKey(filings);
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			for (int j = i + 1; j < groups.size(); j++) {
				Pair pair = pair(groups.get(i), groups.get(j), decisions);
				if (pair != null) {
					pairs.add(pair);
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
		for (Pair pair : pairs) {
			Group a = pair.a().root();
			Group b = pair.b().root();
			if (a != b && disjoint(a.slots, b.slots) && !split(a.keys, b.keys, decisions)) {
				b.parent = a;
				a.slots.addAll(b.slots);
				a.keys.addAll(b.keys);
			}
		}
		Map<Group, List<LineageCandidate>> projects = new LinkedHashMap<>();
		for (Group group : groups) {
			projects.computeIfAbsent(group.root(), (root) -> new ArrayList<>()).addAll(group.members);
		}
		List<List<LineageCandidate>> ordered = new ArrayList<>(projects.values());
		ordered.forEach((members) -> members.sort(CHRONOLOGICAL));
		ordered.sort(Comparator.comparing((List<LineageCandidate> members) -> members.get(0), CHRONOLOGICAL));
		Map<String, Integer> anchorsTaken = new HashMap<>();
		List<Project> result = new ArrayList<>();
		for (List<LineageCandidate> members : ordered) {
			List<Link> links = new ArrayList<>();
			for (int i = 0; i + 1 < members.size(); i++) {
				links.add(link(members.get(i), members.get(i + 1), decisions));
			}
			String key = members.get(0).key();
			int taken = anchorsTaken.merge(key, 1, Integer::sum);
			result.add(new Project((taken == 1) ? key : key + "#" + taken, List.copyOf(members), links));
		}
		return result;
	}

	/** The strongest evidence between two filings: goal text or indicator set. */
	static Evidence evidence(LineageCandidate a, LineageCandidate b) {
		double goal = TextSimilarity.dice(a.goal(), b.goal());
		double indicators = TextSimilarity.indicatorOverlap(a.indicators(), b.indicators(), NAME_THRESHOLD);
		return (goal >= indicators) ? new Evidence(LinkReason.GOAL_TEXT, goal)
				: new Evidence(LinkReason.INDICATORS, indicators);
	}

	private static Link link(LineageCandidate from, LineageCandidate to, List<LineageDecision> decisions) {
		if (from.name().equals(to.name())) {
			return new Link(from, to, LinkReason.SAME_NAME, BigDecimal.ONE);
		}
		if (from.key().equals(to.key())) {
			return new Link(from, to, LinkReason.NORMALISED_NAME, BigDecimal.ONE);
		}
		if (verdict(decisions, from.key(), to.key()) == LineageDecision.Verdict.CONFIRM) {
			return new Link(from, to, LinkReason.CONFIRMED, BigDecimal.ONE);
		}
		Evidence evidence = evidence(from, to);
		return new Link(from, to, evidence.reason(), score(evidence.score()));
	}

	private static Pair pair(Group a, Group b, List<LineageDecision> decisions) {
		if (!disjoint(a.slots, b.slots)) {
			return null;
		}
		LineageDecision.Verdict verdict = verdict(decisions, a.key, b.key);
		if (verdict == LineageDecision.Verdict.SPLIT) {
			return null;
		}
		if (verdict == LineageDecision.Verdict.CONFIRM) {
			return new Pair(a, b, 1.0 + 1e-9);
		}
		double best = 0;
		for (LineageCandidate x : a.members) {
			for (LineageCandidate y : b.members) {
				best = Math.max(best, evidence(x, y).score());
			}
		}
		return (best >= LINK_THRESHOLD) ? new Pair(a, b, best) : null;
	}

	/**
	 * A split between any two names keeps their projects apart, however strong a third
	 * filing's evidence.
	 */
	private static boolean split(Set<String> keysA, Set<String> keysB, List<LineageDecision> decisions) {
		for (String a : keysA) {
			for (String b : keysB) {
				if (verdict(decisions, a, b) == LineageDecision.Verdict.SPLIT) {
					return true;
				}
			}
		}
		return false;
	}

	private static LineageDecision.Verdict verdict(List<LineageDecision> decisions, String keyA, String keyB) {
		for (LineageDecision decision : decisions) {
			if (decision.concerns(keyA, keyB)) {
				return decision.getVerdict();
			}
		}
		return null;
	}

	/**
	 * Filings grouped by name key. A second filing of the same name, year and kind is
	 * another project (or a duplicate export), so a name can head several groups; a later
	 * filing joins the one whose filings it resembles most.
	 */
	private static List<Group> byKey(List<LineageCandidate> filings) {
		Map<String, List<Group>> groupsByKey = new LinkedHashMap<>();
		List<LineageCandidate> ordered = new ArrayList<>(filings);
		ordered.sort(CHRONOLOGICAL);
		List<Group> all = new ArrayList<>();
		for (LineageCandidate filing : ordered) {
			List<Group> sameName = groupsByKey.computeIfAbsent(filing.key(), (key) -> new ArrayList<>());
			Group group = closest(filing, sameName);
			if (group == null) {
				group = new Group(filing.key());
				sameName.add(group);
				all.add(group);
			}
			group.members.add(filing);
			group.slots.add(filing.slot());
		}
		return all;
	}

	private static Group closest(LineageCandidate filing, List<Group> sameName) {
		Group closest = null;
		double best = -1;
		for (Group group : sameName) {
			if (group.slots.contains(filing.slot())) {
				continue;
			}
			for (LineageCandidate member : group.members) {
				double score = evidence(filing, member).score();
				if (score > best) {
					best = score;
					closest = group;
				}
			}
		}
		return closest;
	}

	private static boolean disjoint(Set<String> a, Set<String> b) {
		for (String slot : a) {
			if (b.contains(slot)) {
				return false;
			}
		}
		return true;
	}

	private static BigDecimal score(double value) {
		return BigDecimal.valueOf(Math.min(1, value)).setScale(4, RoundingMode.HALF_UP);
	}

	/** Filings sharing a name key; a union-find node. */
	private static final class Group {

		final String key;

		final List<LineageCandidate> members = new ArrayList<>();

		final Set<String> slots = new HashSet<>();

		/**
		 * The name keys of the project this group heads (its own while it heads no
		 * other).
		 */
		final Set<String> keys = new HashSet<>();

		Group parent;

		Group(String key) {
			this.key = key;
			this.keys.add(key);
		}

		Group root() {
			Group root = this;
			while (root.parent != null) {
				root = root.parent;
			}
			return root;
		}

	}

	private record Pair(Group a, Group b, double score) {
	}

}
