package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.jixiao.indexer.filing.FormKind;

/**
 * Which amount is a project's budget in a year, and which filing states it. A tracking
 * form's 年初预算数 is the budget as approved for the year, so it wins over the target form's
 * 年度资金申请总额, which is the request made before approval; a project with both forms in one
 * year counts once. A blank amount is not stated, never zero.
 */
final class BudgetRule {

	/** Stated amounts first, then tracking before target, then the newest filing. */
	private static final Comparator<BudgetFiling> PREFERENCE = Comparator
		.comparing((BudgetFiling filing) -> amount(filing) == null)
		.thenComparing((filing) -> filing.kind() != FormKind.TRACKING)
		.thenComparing(Comparator.comparingLong(BudgetFiling::filingId).reversed());

	private BudgetRule() {
	}

	/**
	 * Tracking forms: 年初预算数, else 年度资金总额. Target forms: 年度资金申请总额, else the sum of the
	 * stated sources (当年财政拨款, 上年结转资金, 其他资金); {@code null} when nothing is stated.
	 */
	static BigDecimal amount(BudgetFiling filing) {
		if (filing.kind() == FormKind.TRACKING) {
			return (filing.initialBudget() != null) ? filing.initialBudget() : filing.total();
		}
		if (filing.total() != null) {
			return filing.total();
		}
		return Stream.of(filing.fiscal(), filing.carryover(), filing.other())
			.filter((value) -> value != null)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

	/**
	 * One choice per project and year, in the order the filings came: the filing whose
	 * budget counts, and the other form of that year, if any.
	 */
	static List<Choice> choose(List<BudgetFiling> filings) {
		Map<String, List<BudgetFiling>> byProjectYear = new LinkedHashMap<>();
		for (BudgetFiling filing : filings) {
			byProjectYear.computeIfAbsent(filing.projectId() + "/" + filing.year(), (key) -> new ArrayList<>())
				.add(filing);
		}
		List<Choice> choices = new ArrayList<>(byProjectYear.size());
		for (List<BudgetFiling> candidates : byProjectYear.values()) {
			List<BudgetFiling> ranked = candidates.stream().sorted(PREFERENCE).toList();
			choices.add(new Choice(ranked.get(0), (ranked.size() > 1) ? ranked.get(1) : null));
		}
		return choices;
	}

	/**
	 * The filing that counts for a project in a year, and the one that does not (or
	 * {@code null}).
	 */
	record Choice(BudgetFiling counted, BudgetFiling other) {

		BigDecimal amount() {
			return BudgetRule.amount(this.counted);
		}

	}

}
