package cn.jixiao.indexer.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A supervising department (主管部门).
 */
@Entity
@Table(name = "department")
public class Department extends NamedOrganisation {

	protected Department() {
	}

	public Department(String name, String nameKey) {
		super(name, nameKey);
	}

}
