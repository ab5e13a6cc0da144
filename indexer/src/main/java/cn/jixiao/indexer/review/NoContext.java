package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.jixiao.indexer.filing.Filing;

/** The context of a review without a store. */
enum NoContext implements ReviewContext {

	INSTANCE;

	@Override
	public List<Filing> sameProjectInOtherYears(Filing filing) {
		return List.of();
	}

	@Override
	public Optional<Suggestion> usualTarget(String level2, String name) {
		return Optional.empty();
	}

	@Override
	public List<BigDecimal> peerNumbers(String name, String unit, Filing excluding) {
		return List.of();
	}

}
