package cn.jixiao.indexer.store;

import java.nio.charset.StandardCharsets;
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

	@Column(name = "pair_hash", nullable = false, length = 64)
	private String pairHash;

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
		this.pairHash = pairHash(unitKey, this.fromKey, this.toKey);
		this.verdict = verdict;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	/**
	 * What identifies a decision: the unit and the two names, whichever way round they
	 * were given.
	 */
	public static String pairHash(String unitKey, String keyA, String keyB) {
		String from = (keyA.compareTo(keyB) <= 0) ? keyA : keyB;
		String to = (keyA.compareTo(keyB) <= 0) ? keyB : keyA;
		return Sha256.hex((unitKey + '\n' + from + '\n' + to).getBytes(StandardCharsets.UTF_8));
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

	public String getPairHash() {
		return this.pairHash;
	}

	public Verdict getVerdict() {
		return this.verdict;
	}

	public boolean concerns(String keyA, String keyB) {
		return (this.fromKey.equals(keyA) && this.toKey.equals(keyB))
				|| (this.fromKey.equals(keyB) && this.toKey.equals(keyA));
	}

}
