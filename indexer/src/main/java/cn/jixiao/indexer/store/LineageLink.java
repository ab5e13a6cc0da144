package cn.jixiao.indexer.store;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One step of a project's lineage: an earlier filing followed by a later one, with the
 * reason and a score in [0, 1].
 */
@Entity
@Table(name = "lineage_link")
public class LineageLink extends StoredEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_filing_id")
	private StoredFiling from;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "to_filing_id")
	private StoredFiling to;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LinkReason reason;

	@Column(nullable = false)
	private BigDecimal score;

	protected LineageLink() {
	}

	public LineageLink(Project project, StoredFiling from, StoredFiling to, LinkReason reason, BigDecimal score) {
		this.project = project;
		this.from = from;
		this.to = to;
		this.reason = reason;
		this.score = score;
	}

	public Project getProject() {
		return this.project;
	}

	public StoredFiling getFrom() {
		return this.from;
	}

	public StoredFiling getTo() {
		return this.to;
	}

	public LinkReason getReason() {
		return this.reason;
	}

	public BigDecimal getScore() {
		return this.score;
	}

}
