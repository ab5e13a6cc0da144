package cn.jixiao.indexer.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One unit's project across years. Its anchor is the name key of its earliest filing, so
 * the project keeps its id when later years are linked to it.
 */
@Entity
@Table(name = "project")
public class Project extends StoredEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	@Column(nullable = false)
	private String name;

	@Column(name = "anchor_key", nullable = false)
	private String anchorKey;

	protected Project() {
	}

	public Project(Unit unit, String name, String anchorKey) {
		this.unit = unit;
		this.name = name;
		this.anchorKey = anchorKey;
	}

	public Unit getUnit() {
		return this.unit;
	}

	/** The name of the project's latest filing. */
	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAnchorKey() {
		return this.anchorKey;
	}

}
