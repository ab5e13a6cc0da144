package cn.jixiao.indexer.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An analyst's word on whether two project names of a unit are one project. Keyed by name
 * keys rather than ids, so re-importing a file (which replaces its filings) keeps the
 * decision.
 */
@Entity
@Table(name = "lineage_decision")
public class LineageDecision extends StoredEntity {

	/** What the analyst decided. */
	public enum Verdict {

		CONFIRM, SPLIT

	}

	@Column(name = "unit_key", nullable = false)
	private String unitKey;

	@Column(name = "from_key", nullable = false)
	private String fromKey;

	@Column(name = "to_key", nullable = false)
	private String toKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision", nullable = false)
	private Verdict verdict;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	protected LineageDecision() {
	}

	/**
	 * Keys are stored in a fixed order so that a pair has one row whichever way it was
	 * named.
	 */
	public LineageDecision(String unitKey, String keyA, String keyB, Verdict verdict, String decidedBy,
			Instant decidedAt) {
		this.unitKey = unitKey;
		this.fromKey = (keyA.compareTo(keyB) <= 0) ? keyA : keyB;
		this.toKey = (keyA.compareTo(keyB) <= 0) ? keyB : keyA;
		this.verdict = verdict;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public void change(Verdict verdict, String decidedBy, Instant decidedAt) {
		this.verdict = verdict;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public String getUnitKey() {
		return this.unitKey;
	}

	public String getFromKey() {
		return this.fromKey;
	}

	public String getToKey() {
		return this.toKey;
	}

	public Verdict getVerdict() {
		return this.verdict;
	}

	public boolean concerns(String keyA, String keyB) {
		return (this.fromKey.equals(keyA) && this.toKey.equals(keyB))
				|| (this.fromKey.equals(keyB) && this.toKey.equals(keyA));
	}

}
