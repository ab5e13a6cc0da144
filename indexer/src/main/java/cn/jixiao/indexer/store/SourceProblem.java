package cn.jixiao.indexer.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A problem the parser reported for an imported file, kept so analysts can see what was
 * not read.
 */
@Entity
@Table(name = "source_problem")
public class SourceProblem {

	/**
	 * Assigned from {@link RowIds}: these rows are written in JDBC batches, not one by
	 * one.
	 */
	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_file_id")
	private SourceFile sourceFile;

	@Column(nullable = false)
	private int position;

	@Column(name = "line_no")
	private Integer line;

	/** The column's width; a message quoting a whole row can be longer. */
	private static final int MAX_MESSAGE = 1000;

	@Column(nullable = false)
	private String message;

	protected SourceProblem() {
	}

	public SourceProblem(SourceFile sourceFile, int position, Integer line, String message) {
		this.sourceFile = sourceFile;
		this.position = position;
		this.line = line;
		this.message = (message.length() > MAX_MESSAGE) ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
	}

	public SourceFile getSourceFile() {
		return this.sourceFile;
	}

	public int getPosition() {
		return this.position;
	}

	public Integer getLine() {
		return this.line;
	}

	public String getMessage() {
		return this.message;
	}

	public Long getId() {
		return this.id;
	}

	void assignId(long id) {
		this.id = id;
	}

}
