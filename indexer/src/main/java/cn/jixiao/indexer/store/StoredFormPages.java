package cn.jixiao.indexer.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * Walks the whole store a page of filings at a time, each with its indicators loaded in
 * one query per page rather than one per filing: what a rebuild of the index and a review
 * of every filing both read.
 */
@Component
public class StoredFormPages {

	private final StoredFilingRepository filings;

	private final StoredIndicatorRepository indicators;

	StoredFormPages(StoredFilingRepository filings, StoredIndicatorRepository indicators) {
		this.filings = filings;
		this.indicators = indicators;
	}

	/** A stored filing and its indicators in position order. */
	public record StoredForm(StoredFiling filing, List<StoredIndicator> indicators) {
	}

	/**
	 * Up to {@code size} filings with ids above {@code afterId}, in id order; empty at
	 * the end. Call inside a transaction.
	 */
	public List<StoredForm> after(long afterId, int size) {
		Slice<StoredFiling> slice = this.filings.findByIdGreaterThanOrderByIdAsc(afterId, PageRequest.of(0, size));
		if (!slice.hasContent()) {
			return List.of();
		}
		List<Long> ids = slice.getContent().stream().map(StoredFiling::getId).toList();
		Map<Long, List<StoredIndicator>> byFiling = new HashMap<>();
		for (StoredIndicator indicator : this.indicators.findByFilingIdInOrderByFilingIdAscPositionAsc(ids)) {
			byFiling.computeIfAbsent(indicator.getFiling().getId(), (id) -> new ArrayList<>()).add(indicator);
		}
		List<StoredForm> forms = new ArrayList<>();
		for (StoredFiling filing : slice.getContent()) {
			forms.add(new StoredForm(filing, byFiling.getOrDefault(filing.getId(), List.of())));
		}
		return forms;
	}

}
