package cn.jixiao.indexer.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LineageDecisionRepository extends JpaRepository<LineageDecision, Long> {

	List<LineageDecision> findByUnitKey(String unitKey);

	Optional<LineageDecision> findByPairHash(String pairHash);

}
