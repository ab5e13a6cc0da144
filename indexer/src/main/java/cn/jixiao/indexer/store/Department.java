package cn.jixiao.indexer.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A supervising department (主管部门), stored as first written and matched by its name key.
 */
@Entity
@Table(name = "department")
public class Department extends StoredEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false, unique = true)
	private String nameKey;

	protected Department() {
	}

	public Department(String name, String nameKey) {
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
