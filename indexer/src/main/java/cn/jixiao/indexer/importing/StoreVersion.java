package cn.jixiao.indexer.importing;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.store.SourceFileRepository;

/**
 * Names the store's current state: which files it holds, by count and newest id. Any
 * import that stores a file changes it; the index records the version it reflects at each
 * commit.
 */
@Component
class StoreVersion {

	private final SourceFileRepository sourceFiles;

	StoreVersion(SourceFileRepository sourceFiles) {
		this.sourceFiles = sourceFiles;
	}

	String current() {
		return this.sourceFiles.count() + "/" + this.sourceFiles.findMaxId();
	}

}
