package cn.jixiao.indexer.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SourceFileRepository extends JpaRepository<SourceFile, Long> {

	Optional<SourceFile> findByName(String name);

	/**
	 * Grows with every import that stores a file, since a replaced file gets a new id.
	 */
	@Query("select coalesce(max(s.id), 0) from SourceFile s")
	long findMaxId();

	/**
	 * Name and SHA-256 of every imported file, so that a batch can skip unchanged files
	 * without a query each.
	 */
	@Query("select new cn.jixiao.indexer.store.FileFingerprint(s.name, s.sha256, s.formCount, s.indicatorCount) from SourceFile s")
	List<FileFingerprint> findFingerprints();

	/**
	 * Removes the file with its filings, indicators, problems and links (the schema
	 * cascades).
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("delete from SourceFile s where s.id = :id")
	void deleteCascading(Long id);

}
