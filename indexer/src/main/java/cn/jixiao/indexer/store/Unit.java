package cn.jixiao.indexer.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A budget unit (实施单位), stored as first written and matched by its name key.
 */
@Entity
@Table(name = "unit")
public class Unit extends StoredEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false, unique = true)
	private String nameKey;

	protected Unit() {
	}

	public Unit(String name, String nameKey) {
		this.name = name;
		this.nameKey = nameKey;
	}

	public String getName() {
		return this.name;
	}

	public String getNameKey() {
		return this.nameKey;
	}

}
