package cn.jixiao.indexer.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.jixiao.indexer.store.DraftRow.Origin;
import cn.jixiao.indexer.store.DraftRow.SuggestedFrom;

/** One indicator row of a draft, in the draft's order. */
@Entity
@Table(name = "draft_indicator")
class DraftIndicator extends StoredEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "draft_id")
	private Draft draft;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String level1;

	@Column(nullable = false)
	private String level2;

	@Column(nullable = false)
	private String name;

	private String target;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Origin origin;

	@Column(name = "source_filing_id")
	private Long sourceFilingId;

	@Column(name = "source_project")
	private String sourceProject;

	@Column(name = "source_year")
	private Integer sourceYear;

	@Column(name = "source_filings")
	private Integer sourceFilings;

	@Column(name = "same_lineage", nullable = false)
	private boolean sameLineage;

	protected DraftIndicator() {
	}

	DraftIndicator(Draft draft, int position, DraftRow row) {
		this.draft = draft;
		this.position = position;
		this.level1 = row.level1();
		this.level2 = row.level2();
		this.name = row.name();
		this.target = row.target();
		this.origin = row.origin();
		SuggestedFrom source = row.source();
		if (source != null) {
			this.sourceFilingId = source.filingId();
			this.sourceProject = source.projectName();
			this.sourceYear = source.year();
			this.sourceFilings = source.filings();
			this.sameLineage = source.sameLineage();
		}
	}

	DraftRow row() {
		SuggestedFrom source = (this.origin == Origin.SUGGESTED) ? new SuggestedFrom(this.sourceFilingId,
				this.sourceProject, this.sourceYear, this.sourceFilings, this.sameLineage) : null;
		return new DraftRow(this.level1, this.level2, this.name, this.target, this.origin, source);
	}

}
