package cn.jixiao.indexer.store;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LineageDecisionRepository extends JpaRepository<LineageDecision, Long> {

	List<LineageDecision> findByUnitKey(String unitKey);

}
