package cn.jixiao.indexer.store;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The decoded text of imported files, kept beside them for the source view. Written with
 * the file in its transaction; removed with it by the schema's cascade.
 */
@Component
public class SourceTexts {

	/** The width of the {@code content} column (see {@code V2__source_text.sql}). */
	static final int CHUNK_CHARS = 4_000;

	private final JdbcTemplate jdbc;

	SourceTexts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long sourceFileId, String text) {
		List<Object[]> chunks = new ArrayList<>();
		for (String chunk : chunks(text)) {
			chunks.add(new Object[] { sourceFileId, chunks.size(), chunk });
		}
		this.jdbc.batchUpdate("insert into source_text (source_file_id, chunk_no, content) values (?, ?, ?)", chunks,
				new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR });
	}

	/** The file's text; empty for a file imported before texts were kept. */
	public Optional<String> find(long sourceFileId) {
		List<String> chunks = this.jdbc.queryForList(
				"select content from source_text where source_file_id = ? order by chunk_no", String.class,
				sourceFileId);
		return chunks.isEmpty() ? Optional.empty() : Optional.of(String.join("", chunks));
	}

	/** Chunks never split a character outside the Basic Multilingual Plane. */
	static List<String> chunks(String text) {
		List<String> chunks = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = Math.min(text.length(), start + CHUNK_CHARS);
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			chunks.add(text.substring(start, end));
			start = end;
		}
		return chunks;
	}

}
