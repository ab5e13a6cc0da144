package cn.jixiao.indexer.importing;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * One import or index rebuild at a time. A rebuild reads the store page by page; a file
 * replaced meanwhile would be read in both versions and searched as both until its import
 * reindexed it (ConcurrentSearchIT found 21 forms of a 12- then 9-form file).
 */
@Component
class ImportLock {

	private final ReentrantLock lock = new ReentrantLock();

	void lock() {
		this.lock.lock();
	}

	void unlock() {
		this.lock.unlock();
	}

}
