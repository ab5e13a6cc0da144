package cn.jixiao.portal.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads what imports left in the store: a file's filings and the recent files. */
@Repository
class ImportStore {

	private final JdbcTemplate jdbc;

	ImportStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored form of an imported file, to link to. */
	record FilingLink(long id, String projectName, String kind, Integer year) {
	}

	/** An imported file with its counts, as the recent-imports table lists it. */
	record RecentFile(long id, String name, Instant importedAt, long sizeBytes, int forms, int indicators,
			int problems) {
	}

	List<FilingLink> findFilings(String fileName) {
		return this.jdbc
			.query("""
					select f.id, f.project_name, f.kind, f.budget_year from filing f
					join source_file s on s.id = f.source_file_id
					where s.name = ? order by f.form_index""",
					(rs, i) -> new FilingLink(rs.getLong(1), rs.getString(2),
							rs.getString(3).toLowerCase(java.util.Locale.ROOT), rs.getObject(4, Integer.class)),
					fileName);
	}

	List<RecentFile> findRecent(int limit) {
		return this.jdbc.query("""
				select s.id, s.name, s.imported_at, s.size_bytes, s.form_count, s.indicator_count,
				  (select count(*) from source_problem p where p.source_file_id = s.id) as problems
				from source_file s order by s.imported_at desc, s.id desc limit ?""",
				(rs, i) -> new RecentFile(rs.getLong(1), rs.getString(2), rs.getObject(3, Timestamp.class).toInstant(),
						rs.getLong(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)),
				limit);
	}

}
