package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jixiao.indexer.filing.Filing;

/** A review context with the history, library and peers a test gives it. */
final class StubContext implements ReviewContext {

	private final Map<String, Suggestion> usualTargets = new HashMap<>();

	private List<Filing> otherYears = List.of();

	private List<BigDecimal> peers = List.of();

	StubContext usualTarget(String level2, Suggestion suggestion) {
		this.usualTargets.put(level2 + "/" + suggestion.name(), suggestion);
		return this;
	}

	StubContext otherYears(Filing... forms) {
		this.otherYears = List.of(forms);
		return this;
	}

	StubContext peers(String... numbers) {
		this.peers = Arrays.stream(numbers).map(BigDecimal::new).toList();
		return this;
	}

	@Override
	public List<Filing> sameProjectInOtherYears(Filing filing) {
		return this.otherYears;
	}

	@Override
	public Optional<Suggestion> usualTarget(String level2, String name) {
		return Optional.ofNullable(this.usualTargets.get(level2 + "/" + name));
	}

	@Override
	public List<BigDecimal> peerNumbers(String name, String unit, Filing excluding) {
		return this.peers;
	}

}
