package cn.jixiao.indexer.importing;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.indexer.store.LineageDecisionRepository;
import cn.jixiao.indexer.store.StoredFiling;
import cn.jixiao.indexer.store.StoredFilingRepository;

/**
 * An analyst confirms that two filings of a unit are one project, or splits them apart.
 * The decision is kept by the unit's and the projects' name keys, so it outlives
 * re-imports, and the unit is relinked at once; then {@link StoreChanged} is published.
 */
@Service
public class LineageDecisions {

	private final StoredFilingRepository filings;

	private final LineageDecisionRepository decisions;

	private final ProjectLineage lineage;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LineageDecisions(StoredFilingRepository filings, LineageDecisionRepository decisions, ProjectLineage lineage,
			TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events) {
		this.filings = filings;
		this.decisions = decisions;
		this.lineage = lineage;
		this.transactions = transactions;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records the verdict on two filings of the same unit and relinks the unit.
	 * @throws IllegalArgumentException when the filings belong to different units or are
	 * the same project name
	 */
	public void decide(long filingA, long filingB, LineageDecision.Verdict verdict, String decidedBy) {
		Long unitId = this.transactions.execute((status) -> {
			StoredFiling a = find(filingA);
			StoredFiling b = find(filingB);
			if (a.getUnit() == null || b.getUnit() == null || !a.getUnit().getId().equals(b.getUnit().getId())) {
				throw new IllegalArgumentException("lineage links filings of one unit only");
			}
			if (a.getProjectKey() == null || b.getProjectKey() == null) {
				throw new IllegalArgumentException("a filing without a project name has no lineage");
			}
			if (a.getProjectKey().equals(b.getProjectKey())) {
				throw new IllegalArgumentException("the filings already share a project name");
			}
			String unitKey = a.getUnit().getNameKey();
			LineageDecision decision = new LineageDecision(unitKey, a.getProjectKey(), b.getProjectKey(), verdict,
					decidedBy, this.clock.instant());
			this.decisions.findByPairHash(decision.getPairHash())
				.ifPresentOrElse((existing) -> existing.change(verdict, decidedBy, this.clock.instant()),
						() -> this.decisions.save(decision));
			return a.getUnit().getId();
		});
		this.lineage.relink(List.of(unitId));
		this.events.publishEvent(new StoreChanged(StoreChanged.Cause.LINEAGE_DECISION));
	}

	private StoredFiling find(long id) {
		return this.filings.findById(id).orElseThrow(() -> new NoSuchElementException("no filing " + id));
	}

}
