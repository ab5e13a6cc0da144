package cn.jixiao.indexer.importing;

import java.time.Duration;
import java.util.List;

/**
 * What an import of several files did, as the command line prints it.
 */
public record ImportSummary(List<ImportOutcome> outcomes, Duration duration) {

	public ImportSummary {
		outcomes = List.copyOf(outcomes);
	}

	public long count(ImportStatus status) {
		return this.outcomes.stream().filter((outcome) -> outcome.status() == status).count();
	}

	public int forms() {
		return this.outcomes.stream().filter(ImportOutcome::stored).mapToInt(ImportOutcome::forms).sum();
	}

	public int indicators() {
		return this.outcomes.stream().filter(ImportOutcome::stored).mapToInt(ImportOutcome::indicators).sum();
	}

	public int problems() {
		return this.outcomes.stream().mapToInt((outcome) -> outcome.problems().size()).sum();
	}

	public String describe() {
		return String.format(
				"files %d (imported %d, replaced %d, unchanged %d, rejected %d), forms %d, indicators %d, problems %d, time %.2f s",
				this.outcomes.size(), count(ImportStatus.IMPORTED), count(ImportStatus.REPLACED),
				count(ImportStatus.UNCHANGED), count(ImportStatus.REJECTED), forms(), indicators(), problems(),
				this.duration.toMillis() / 1000.0);
	}

}
