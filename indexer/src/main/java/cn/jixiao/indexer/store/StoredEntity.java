package cn.jixiao.indexer.store;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;

/**
 * Ids come from one pooled table generator: it works the same on H2 and MySQL (which has
 * no sequences) and, unlike identity columns, lets Hibernate batch the inserts of a whole
 * file.
 */
@MappedSuperclass
public abstract class StoredEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
	@TableGenerator(name = "ids", table = "id_sequence", pkColumnName = "sequence_name", valueColumnName = "next_val",
			pkColumnValue = "ids", allocationSize = 1000)
	private Long id;

	public Long getId() {
		return this.id;
	}

}
