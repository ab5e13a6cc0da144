package cn.jixiao.indexer.store;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredIndicatorRepository extends JpaRepository<StoredIndicator, Long> {

	List<StoredIndicator> findByFilingIdInOrderByFilingIdAscPositionAsc(Collection<Long> filingIds);

}
