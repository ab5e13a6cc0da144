package cn.jixiao.indexer.store;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredFilingRepository extends JpaRepository<StoredFiling, Long> {

	@Query("""
			select new cn.jixiao.indexer.store.FilingSummary(f.id, f.projectName, f.projectKey, f.year, f.kind,
			  f.annualGoal, p.id) from StoredFiling f left join f.project p where f.unit.id = :unitId""")
	List<FilingSummary> findSummariesByUnitId(Long unitId);

	@Query("select new cn.jixiao.indexer.store.IndicatorKey(i.filing.id, i.nameKey) from StoredIndicator i where i.filing.unit.id = :unitId")
	List<IndicatorKey> findIndicatorKeysByUnitId(Long unitId);

	@Query("select f.unit.id from StoredFiling f where f.sourceFile.id = :sourceFileId and f.unit is not null")
	List<Long> findUnitIdsBySourceFileId(Long sourceFileId);

	@EntityGraph(attributePaths = { "indicators", "department", "unit", "sourceFile" })
	List<StoredFiling> findBySourceFileId(Long sourceFileId);

	/** Whole forms, with their indicators, to read back as filings. */
	@EntityGraph(attributePaths = { "indicators", "department", "unit", "sourceFile" })
	List<StoredFiling> findByIdIn(Collection<Long> ids);

	/**
	 * Filings in id order, a slice at a time, for rebuilding the search index from the
	 * store.
	 */
	@EntityGraph(attributePaths = { "department", "unit", "sourceFile" })
	Slice<StoredFiling> findByIdGreaterThanOrderByIdAsc(Long afterId, Pageable page);

	@Query("select count(i) from StoredIndicator i")
	long countIndicators();

}
