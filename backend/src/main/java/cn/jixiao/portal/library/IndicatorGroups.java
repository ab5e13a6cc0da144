package cn.jixiao.portal.library;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jixiao.portal.library.LibraryQueries.GroupCounts;
import cn.jixiao.portal.review.IndicatorCheck;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.MessageBundle;

/**
 * The library's groups for a filter: three grouped queries (counts, targets with names,
 * actuals), each one pass over the indicators, joined by group in memory and scored. A
 * filter's groups are kept until the store changes (any import does), or for a filter by
 * finding until the findings do, so paging, sorting and returning to a view read no rows.
 */
@Component
class IndicatorGroups {

	/** How the list can be ordered; each has the direction analysts expect first. */
	enum Sort {

		USAGE(false), SCORE(false), NAME(true);

		private final boolean ascendingFirst;

		Sort(boolean ascendingFirst) {
			this.ascendingFirst = ascendingFirst;
		}

		static Sort of(String name) {
			return (name == null || name.isBlank()) ? USAGE : BadRequestException.constant(Sort.class, "sort", name);
		}

		/** Whether {@code dir} (asc, desc or none) turns the natural order round. */
		boolean reverses(String dir) {
			return dir != null && !dir.isBlank() && "asc".equalsIgnoreCase(dir) != this.ascendingFirst;
		}

	}

	private static final Comparator<GroupRow> BY_USAGE = Comparator.comparingLong(GroupRow::filings)
		.thenComparingLong(GroupRow::uses)
		.thenComparingLong(GroupRow::units)
		.reversed();

	private static final int CACHED_FILTERS = 32;

	private final LibraryQueries queries;

	private final IndicatorCheck check;

	private final MessageBundle messages;

	private final Map<CacheKey, List<GroupRow>> cache = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<CacheKey, List<GroupRow>> eldest) {
			return size() > CACHED_FILTERS;
		}

	};

	/**
	 * A filter's groups, and for a filter by finding the stored findings they were
	 * counted over: a review refresh changes those without any import.
	 */
	private record CacheKey(LibraryFilter filter, String findings) {
	}

	private String cachedVersion = "";

	IndicatorGroups(LibraryQueries queries, IndicatorCheck check, MessageBundle messages) {
		this.queries = queries;
		this.check = check;
		this.messages = messages;
	}

	List<GroupRow> find(LibraryFilter filter, Sort sort, boolean reverse) {
		String version = this.queries.version();
		CacheKey key = new CacheKey(filter, (filter.finding() != null) ? this.queries.findingsVersion() : "");
		List<GroupRow> groups;
		synchronized (this.cache) {
			if (!version.equals(this.cachedVersion)) {
				this.cache.clear();
				this.cachedVersion = version;
			}
			groups = this.cache.get(key);
		}
		if (groups == null) {
			groups = build(filter);
			synchronized (this.cache) {
				if (version.equals(this.cachedVersion)) {
					this.cache.put(key, groups);
				}
			}
		}
		List<GroupRow> rows = new ArrayList<>(groups);
		Comparator<GroupRow> order = comparator(sort);
		rows.sort(reverse ? order.reversed() : order);
		return rows;
	}

	private List<GroupRow> build(LibraryFilter filter) {
		Map<GroupKey, GroupBuilder> builders = new LinkedHashMap<>();
		for (GroupCounts counts : this.queries.groups(filter)) {
			builders.put(counts.group(), new GroupBuilder(counts, this.check, this.messages));
		}
		this.queries.targets(filter).forEach((t) -> builder(builders, t.group()).target(t));
		this.queries.actuals(filter)
			.forEach((a) -> builder(builders, a.group()).actual(a.operator(), a.planned(), a.actual(), a.uses()));
		return builders.values().stream().map(GroupBuilder::build).toList();
	}

	/** The natural order of each sort: most used, best scored, or by name. */
	private static Comparator<GroupRow> comparator(Sort sort) {
		Collator collator = Collator.getInstance(Locale.CHINA);
		Comparator<GroupRow> byName = Comparator.comparing(GroupRow::name, collator)
			.thenComparing(GroupRow::level2, collator);
		return switch (sort) {
			case USAGE -> BY_USAGE.thenComparing(byName);
			case SCORE -> Comparator.comparingInt(GroupRow::score).reversed().thenComparing(BY_USAGE);
			case NAME -> byName;
		};
	}

	/**
	 * Every grouped query sees the same rows, so each group it reports was counted; an
	 * import between the queries could add one, which then has no counts yet.
	 */
	private GroupBuilder builder(Map<GroupKey, GroupBuilder> builders, GroupKey group) {
		return builders.computeIfAbsent(group,
				(g) -> new GroupBuilder(new GroupCounts(g, 0, 0, 0, null, null, 0, 0), this.check, this.messages));
	}

}
