package cn.jixiao.indexer.store;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A department or unit: its name as first written, and the key that matches its other
 * spellings (bracket widths, spaces, "(汇总)").
 */
@MappedSuperclass
public abstract class NamedOrganisation extends StoredEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false, unique = true)
	private String nameKey;

	protected NamedOrganisation() {
	}

	protected NamedOrganisation(String name, String nameKey) {
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
