package cn.jixiao.indexer.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.jixiao.indexer.filing.Funds;

/**
 * A filing an analyst is drafting: its header and its indicator rows. Saving a draft
 * replaces its rows as a whole, as the editor sends them.
 */
@Entity
@Table(name = "draft")
public class Draft extends StoredEntity {

	@Column(name = "project_name", nullable = false)
	private String projectName;

	@Column(nullable = false)
	private String unit;

	private String department;

	@Column(name = "budget_year", nullable = false)
	private int year;

	@Column(name = "project_nature")
	private String projectNature;

	@Column(name = "project_category")
	private String projectCategory;

	@Column(name = "funds_total")
	private BigDecimal fundsTotal;

	@Column(name = "funds_fiscal")
	private BigDecimal fundsFiscal;

	@Column(name = "funds_carryover")
	private BigDecimal fundsCarryover;

	@Column(name = "funds_other")
	private BigDecimal fundsOther;

	@Column(name = "annual_goal")
	private String annualGoal;

	/** The portal user who started the draft; none for drafts saved before accounts. */
	private String owner;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DraftIndicator> indicators = new ArrayList<>();

	protected Draft() {
	}

	/** A new draft; its header must name the year. */
	public Draft(DraftHeader header, List<DraftRow> rows, Instant now) {
		this(null, header, rows, now);
	}

	/** A new draft that belongs to the given user. */
	public Draft(String owner, DraftHeader header, List<DraftRow> rows, Instant now) {
		this.owner = owner;
		this.createdAt = now;
		change(header, rows, now);
	}

	public String getOwner() {
		return this.owner;
	}

	public void change(DraftHeader header, List<DraftRow> rows, Instant now) {
		this.projectName = header.projectName();
		this.unit = header.unit();
		this.department = header.department();
		this.year = header.year();
		this.projectNature = header.projectNature();
		this.projectCategory = header.projectCategory();
		Funds funds = header.funds();
		this.fundsTotal = funds.total();
		this.fundsFiscal = funds.fiscal();
		this.fundsCarryover = funds.carryover();
		this.fundsOther = funds.other();
		this.annualGoal = header.annualGoal();
		this.indicators.clear();
		for (DraftRow row : rows) {
			this.indicators.add(new DraftIndicator(this, this.indicators.size(), row));
		}
		this.updatedAt = now;
	}

	public DraftHeader header() {
		return new DraftHeader(this.projectName, this.unit, this.department, this.year, this.projectNature,
				this.projectCategory,
				new Funds(this.fundsTotal, this.fundsFiscal, this.fundsCarryover, this.fundsOther, null),
				this.annualGoal);
	}

	public List<DraftRow> rows() {
		return this.indicators.stream().map(DraftIndicator::row).toList();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
