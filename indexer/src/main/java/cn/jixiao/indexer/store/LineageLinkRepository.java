package cn.jixiao.indexer.store;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LineageLinkRepository extends JpaRepository<LineageLink, Long> {

	@Modifying(flushAutomatically = true)
	@Query("delete from LineageLink l where l.project.id in :projectIds")
	void deleteByProjectIds(Collection<Long> projectIds);

}
