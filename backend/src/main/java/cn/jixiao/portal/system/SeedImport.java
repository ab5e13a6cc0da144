package cn.jixiao.portal.system;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.importing.ImportSummary;
import cn.jixiao.indexer.store.SourceFileRepository;

/**
 * On first start, an empty store is filled with the shipped filings, so the portal is
 * useful at once. A store that holds anything is left as it is.
 */
@Component
@Order(10)
class SeedImport implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedImport.class);

	private final SeedsProperties seeds;

	private final SourceFileRepository sourceFiles;

	private final FilingImporter importer;

	SeedImport(SeedsProperties seeds, SourceFileRepository sourceFiles, FilingImporter importer) {
		this.seeds = seeds;
		this.sourceFiles = sourceFiles;
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.seeds.importOnEmpty() || this.sourceFiles.count() > 0) {
			return;
		}
		if (!Files.isDirectory(this.seeds.folder())) {
			logger.warn("store is empty and there is no seeds folder at {}", this.seeds.folder().toAbsolutePath());
			return;
		}
		ImportSummary summary = this.importer.importPaths(List.of(this.seeds.folder()));
		logger.info("first start: imported the shipped filings from {}: {}", this.seeds.folder(), summary.describe());
	}

}
