package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.NameKeys;

/** The earlier years of a form's project, as the history rules compare with them. */
final class History {

	private History() {
	}

	/** The nearest earlier year's form, its target form where the year has both. */
	static Optional<Filing> nearestEarlier(Filing filing, ReviewContext context) {
		return nearestEarlier(filing, context, null);
	}

	/** The nearest earlier tracking form: the latest actuals known. */
	static Optional<Filing> nearestEarlierTracking(Filing filing, ReviewContext context) {
		return nearestEarlier(filing, context, FormKind.TRACKING);
	}

	/** 年度资金申请总额 of a target form, the 年初预算数 of a tracking form's year. */
	static BigDecimal budget(Filing filing) {
		return (filing.funds() != null) ? filing.funds().total() : null;
	}

	/** A form's rows by name key, the first of a name where it repeats. */
	static Map<String, Indicator> rowsByName(Filing filing) {
		Map<String, Indicator> rows = new LinkedHashMap<>();
		filing.indicators().forEach((row) -> rows.putIfAbsent(NameKeys.indicator(row.name()), row));
		return rows;
	}

	private static Optional<Filing> nearestEarlier(Filing filing, ReviewContext context, FormKind kind) {
		if (filing.year() == null) {
			return Optional.empty();
		}
		return context.sameProjectInOtherYears(filing)
			.stream()
			.filter((other) -> other.year() != null && other.year() < filing.year())
			.filter((other) -> kind == null || other.kind() == kind)
			.findFirst();
	}

}
