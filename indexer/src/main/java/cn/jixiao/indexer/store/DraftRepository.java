package cn.jixiao.indexer.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DraftRepository extends JpaRepository<Draft, Long> {

	@EntityGraph(attributePaths = "indicators")
	Optional<Draft> findWithIndicatorsById(Long id);

	/** The drafts, last changed first. */
	@Query("""
			select new cn.jixiao.indexer.store.DraftSummary(d.id, d.projectName, d.unit, d.year, size(d.indicators),
			  d.updatedAt) from Draft d order by d.updatedAt desc, d.id desc""")
	List<DraftSummary> findSummaries();

	/** One user's drafts, last changed first. */
	@Query("""
			select new cn.jixiao.indexer.store.DraftSummary(d.id, d.projectName, d.unit, d.year, size(d.indicators),
			  d.updatedAt) from Draft d where d.owner = :owner order by d.updatedAt desc, d.id desc""")
	List<DraftSummary> findSummariesByOwner(@Param("owner") String owner);

}
