package cn.jixiao.indexer.store;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByNameKey(String nameKey);

}
