package cn.jixiao.indexer.importing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.store.Department;
import cn.jixiao.indexer.store.DepartmentRepository;
import cn.jixiao.indexer.store.Unit;
import cn.jixiao.indexer.store.UnitRepository;

/**
 * Departments and units by name key, created on first sight in a transaction of their
 * own. Files imported in parallel may bring the same new unit; creating it apart (and one
 * at a time) spares their transactions a unique-key clash, and the cache spares each file
 * the look-ups. Departments and units are never deleted, so the cache stays true.
 */
@Component
class Organisations {

	private final DepartmentRepository departments;

	private final UnitRepository units;

	private final TransactionTemplate ownTransaction;

	private final Map<String, Department> departmentCache = new ConcurrentHashMap<>();

	private final Map<String, Unit> unitCache = new ConcurrentHashMap<>();

	Organisations(DepartmentRepository departments, UnitRepository units, PlatformTransactionManager transactions) {
		this.departments = departments;
		this.units = units;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	Department department(String name) {
		if (name == null) {
			return null;
		}
		String key = NameKeys.organisation(name);
		Department cached = this.departmentCache.get(key);
		return (cached != null) ? cached : createDepartment(name, key);
	}

	Unit unit(String name) {
		if (name == null) {
			return null;
		}
		String key = NameKeys.organisation(name);
		Unit cached = this.unitCache.get(key);
		return (cached != null) ? cached : createUnit(name, key);
	}

	private synchronized Department createDepartment(String name, String key) {
		return this.departmentCache.computeIfAbsent(key,
				(k) -> this.ownTransaction.execute((status) -> this.departments.findByNameKey(k)
					.orElseGet(() -> this.departments.save(new Department(name, k)))));
	}

	private synchronized Unit createUnit(String name, String key) {
		return this.unitCache.computeIfAbsent(key, (k) -> this.ownTransaction
			.execute((status) -> this.units.findByNameKey(k).orElseGet(() -> this.units.save(new Unit(name, k)))));
	}

}
