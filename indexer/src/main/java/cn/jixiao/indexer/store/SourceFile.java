package cn.jixiao.indexer.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * An imported file: its name identifies it, its SHA-256 tells whether a re-import brings
 * anything new.
 */
@Entity
@Table(name = "source_file")
public class SourceFile extends StoredEntity {

	@Column(nullable = false, unique = true)
	private String name;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "form_count", nullable = false)
	private int formCount;

	@Column(name = "indicator_count", nullable = false)
	private int indicatorCount;

	@OneToMany(mappedBy = "sourceFile")
	@OrderBy("position")
	private List<SourceProblem> problems = new ArrayList<>();

	protected SourceFile() {
	}

	public SourceFile(String name, String sha256, long sizeBytes, Instant importedAt) {
		this.name = name;
		this.sha256 = sha256;
		this.sizeBytes = sizeBytes;
		this.importedAt = importedAt;
	}

	public void setCounts(int formCount, int indicatorCount) {
		this.formCount = formCount;
		this.indicatorCount = indicatorCount;
	}

	public String getName() {
		return this.name;
	}

	public String getSha256() {
		return this.sha256;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	public int getFormCount() {
		return this.formCount;
	}

	public int getIndicatorCount() {
		return this.indicatorCount;
	}

	public List<SourceProblem> getProblems() {
		return this.problems;
	}

}
