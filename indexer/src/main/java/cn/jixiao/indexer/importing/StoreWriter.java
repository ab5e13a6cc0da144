package cn.jixiao.indexer.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.index.SearchDocument;
import cn.jixiao.indexer.store.Department;
import cn.jixiao.indexer.store.FilingRows;
import cn.jixiao.indexer.store.SourceFile;
import cn.jixiao.indexer.store.SourceFileRepository;
import cn.jixiao.indexer.store.SourceProblem;
import cn.jixiao.indexer.store.SourceTexts;
import cn.jixiao.indexer.store.StoredFiling;
import cn.jixiao.indexer.store.StoredFilingRepository;
import cn.jixiao.indexer.store.StoredIndicator;
import cn.jixiao.indexer.store.Unit;

/**
 * Writes one parsed file into the store in one transaction: its earlier forms (if any)
 * out, the new ones in. Returns the documents the search index should now hold for the
 * file and the units whose lineage the change touched.
 */
@Component
class StoreWriter {

	private final SourceFileRepository sourceFiles;

	private final StoredFilingRepository filings;

	private final Organisations organisations;

	private final FilingRows rows;

	private final SourceTexts texts;

	private final EntityManager entityManager;

	private final Clock clock;

	/** What a write changed. */
	record Written(List<SearchDocument> documents, Set<Long> touchedUnits) {
	}

	StoreWriter(SourceFileRepository sourceFiles, StoredFilingRepository filings, Organisations organisations,
			FilingRows rows, SourceTexts texts, EntityManager entityManager, Clock clock) {
		this.sourceFiles = sourceFiles;
		this.filings = filings;
		this.organisations = organisations;
		this.rows = rows;
		this.texts = texts;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * @param text the file's text as the parser decoded it, kept for the source view;
	 * {@code null} to keep none
	 */
	@Transactional
	public Written write(String fileName, String sha256, long size, ParseResult parsed, String text) {
		Set<Long> touchedUnits = new HashSet<>();
		this.sourceFiles.findByName(fileName).ifPresent((previous) -> {
			touchedUnits.addAll(this.filings.findUnitIdsBySourceFileId(previous.getId()));
			this.sourceFiles.deleteCascading(previous.getId());
		});
		SourceFile source = this.sourceFiles.save(new SourceFile(fileName, sha256, size, this.clock.instant()));
		List<StoredFiling> stored = new ArrayList<>();
		int indicatorCount = 0;
		for (Filing filing : parsed.forms()) {
			Department department = this.organisations.department(filing.department());
			Unit unit = this.organisations.unit(filing.unit());
			StoredFiling row = new StoredFiling(source, filing, projectKey(filing), department, unit);
			int position = 0;
			for (Indicator indicator : filing.indicators()) {
				row.addIndicator(new StoredIndicator(row, position++, indicator, NameKeys.indicator(indicator.name())));
			}
			indicatorCount += position;
			stored.add(row);
			if (unit != null) {
				touchedUnits.add(unit.getId());
			}
		}
		source.setCounts(stored.size(), indicatorCount);
		this.entityManager.flush();
		List<SourceProblem> problems = new ArrayList<>();
		for (ParseProblem problem : parsed.problems()) {
			problems.add(new SourceProblem(source, problems.size(), problem.line(), problem.message()));
		}
		this.rows.insert(stored, problems);
		if (text != null) {
			this.texts.insert(source.getId(), text);
		}
		List<SearchDocument> documents = new ArrayList<>();
		for (StoredFiling filing : stored) {
			documents.addAll(SearchDocuments.of(filing, filing.getIndicators()));
		}
		return new Written(documents, touchedUnits);
	}

	private static String projectKey(Filing filing) {
		return (filing.projectName() != null) ? NameKeys.project(filing.projectName()) : null;
	}

}
