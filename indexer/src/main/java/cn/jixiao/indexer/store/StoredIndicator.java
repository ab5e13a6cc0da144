package cn.jixiao.indexer.store;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueKind;

/**
 * One indicator row as stored: levels, the 三级指标 name as written and its key, the raw
 * target and its structured reading, and a tracking form's planned/actual/deviation.
 */
@Entity
@Table(name = "indicator")
public class StoredIndicator {

	/**
	 * Assigned from {@link RowIds}: these rows are written in JDBC batches, not one by
	 * one.
	 */
	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "filing_id")
	private StoredFiling filing;

	@Column(nullable = false)
	private int position;

	private String level1;

	private String level2;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false)
	private String nameKey;

	private String target;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_kind")
	private ValueKind valueKind;

	@Column(name = "value_operator")
	private String valueOperator;

	@Column(name = "value_number")
	private BigDecimal valueNumber;

	@Column(name = "value_unit")
	private String valueUnit;

	private String planned;

	private String actual;

	private String deviation;

	@Column(name = "first_line", nullable = false)
	private int firstLine;

	@Column(name = "last_line", nullable = false)
	private int lastLine;

	protected StoredIndicator() {
	}

	public StoredIndicator(StoredFiling filing, int position, Indicator indicator, String nameKey) {
		this.filing = filing;
		this.position = position;
		this.level1 = indicator.level1();
		this.level2 = indicator.level2();
		this.name = indicator.name();
		this.nameKey = nameKey;
		this.target = indicator.target();
		TargetValue value = indicator.value();
		if (value != null) {
			this.valueKind = value.kind();
			this.valueOperator = value.operator();
			this.valueNumber = value.number();
			this.valueUnit = value.unit();
		}
		this.planned = indicator.planned();
		this.actual = indicator.actual();
		this.deviation = indicator.deviation();
		this.firstLine = indicator.lines().first();
		this.lastLine = indicator.lines().last();
	}

	/** The row as the parser reads it. */
	public Indicator toIndicator() {
		return new Indicator(this.level1, this.level2, this.name, this.target, getValue(), this.planned, this.actual,
				this.deviation, getLines());
	}

	public StoredFiling getFiling() {
		return this.filing;
	}

	public int getPosition() {
		return this.position;
	}

	public String getLevel1() {
		return this.level1;
	}

	public String getLevel2() {
		return this.level2;
	}

	public String getName() {
		return this.name;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	public String getTarget() {
		return this.target;
	}

	public TargetValue getValue() {
		return (this.valueKind != null)
				? new TargetValue(this.valueKind, this.valueOperator, this.valueNumber, this.valueUnit, this.target)
				: null;
	}

	public String getPlanned() {
		return this.planned;
	}

	public String getActual() {
		return this.actual;
	}

	public String getDeviation() {
		return this.deviation;
	}

	public LineRange getLines() {
		return new LineRange(this.firstLine, this.lastLine);
	}

	public Long getId() {
		return this.id;
	}

	void assignId(long id) {
		this.id = id;
	}

}
