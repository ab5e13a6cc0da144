package cn.jixiao.indexer.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A budget unit (实施单位): the body that files and carries out projects.
 */
@Entity
@Table(name = "unit")
public class Unit extends NamedOrganisation {

	protected Unit() {
	}

	public Unit(String name, String nameKey) {
		super(name, nameKey);
	}

}
