package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.filing.TargetValue;

/**
 * Targets must match the budget: when the project's budget moved by more than a fifth
 * since its nearest earlier year and every target the two forms share is still what it
 * was, the targets were copied rather than set. A tracking form of that year serves as
 * well as its target form: it repeats the year's targets and budget.
 */
class CopiedTargetsRule implements FilingRule {

	static final String ID = "copied-targets";

	private static final BigDecimal MOVE = new BigDecimal("0.20");

	/** Fewer shared rows say too little about how the targets were set. */
	private static final int MINIMUM_SHARED = 3;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		BigDecimal budget = History.budget(filing);
		Optional<Filing> found = History.nearestEarlier(filing, context);
		if (budget == null || found.isEmpty()) {
			return List.of();
		}
		Filing earlier = found.get();
		BigDecimal before = History.budget(earlier);
		if (before == null || before.signum() <= 0) {
			return List.of();
		}
		BigDecimal change = budget.subtract(before).divide(before, 6, RoundingMode.HALF_UP);
		if (change.abs().compareTo(MOVE) <= 0) {
			return List.of();
		}
		Map<String, Indicator> earlierRows = History.rowsByName(earlier);
		int shared = 0;
		for (Indicator row : filing.indicators()) {
			Indicator earlierRow = earlierRows.get(NameKeys.indicator(row.name()));
			if (earlierRow == null || row.target() == null || earlierRow.target() == null) {
				continue;
			}
			if (!sameTarget(row, earlierRow)) {
				return List.of();
			}
			shared++;
		}
		if (shared < MINIMUM_SHARED) {
			return List.of();
		}
		String form = (earlier.kind() == FormKind.TRACKING) ? Glossary.TRACKING_FORM : Glossary.TARGET_FORM;
		return List.of(new ReviewFinding(ID, Severity.WARNING, Concern.FORM, null, null,
				ReviewMessages.text("review.history.copied", earlier.year(), form, earlier.projectName(),
						MoneyText.yuan(before), MoneyText.yuan(budget), percent(change), shared),
				null));
	}

	private static boolean sameTarget(Indicator row, Indicator earlierRow) {
		TargetValue value = row.value();
		TargetValue earlierValue = earlierRow.value();
		if (value != null && earlierValue != null && value.isQuantitative() && earlierValue.isQuantitative()
				&& value.number() != null && earlierValue.number() != null) {
			return Objects.equals(value.operator(), earlierValue.operator())
					&& value.number().compareTo(earlierValue.number()) == 0
					&& Objects.equals(value.unit(), earlierValue.unit());
		}
		return row.target().replaceAll("\\s+", "").equals(earlierRow.target().replaceAll("\\s+", ""));
	}

	private static String percent(BigDecimal change) {
		BigDecimal points = change.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
		return ((points.signum() > 0) ? "+" : "") + points.toPlainString() + "%";
	}

}
