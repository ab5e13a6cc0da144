package cn.jixiao.indexer.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchDocument;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.store.StoredFilingRepository;
import cn.jixiao.indexer.store.StoredFormPages;
import cn.jixiao.indexer.store.StoredFormPages.StoredForm;

/**
 * Rebuilds the search index from the store, the source of truth, and checks that the two
 * agree.
 */
@Service
public class Reindexer {

	private static final Logger logger = LoggerFactory.getLogger(Reindexer.class);

	private static final int PAGE_SIZE = 500;

	private final StoredFilingRepository filings;

	private final StoredFormPages forms;

	private final SearchIndex searchIndex;

	private final TransactionTemplate readOnly;

	private final EntityManager entityManager;

	private final StoreVersion storeVersion;

	private final ImportLock lock;

	Reindexer(StoredFilingRepository filings, StoredFormPages forms, SearchIndex searchIndex,
			TransactionTemplate transactions, EntityManager entityManager, StoreVersion storeVersion, ImportLock lock) {
		this.filings = filings;
		this.forms = forms;
		this.searchIndex = searchIndex;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.entityManager = entityManager;
		this.storeVersion = storeVersion;
		this.lock = lock;
	}

	/**
	 * Documents rebuilt; searches see the old index until the new one is complete. An
	 * import waits for the rebuild, and the rebuild for a running import.
	 */
	public long reindex() {
		this.lock.lock();
		try {
			long[] count = { 0 };
			String version = this.storeVersion.current();
			this.searchIndex.rebuild((sink) -> count[0] = produce(sink));
			this.searchIndex.commit(version);
			logger.info("search index rebuilt from the store: {} documents", count[0]);
			return count[0];
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Whether the index reflects the store: the same numbers of filings and indicators,
	 * and the store version recorded at its last commit (which catches a file replaced by
	 * one of the same size before a crash).
	 */
	public boolean inStep() {
		long storedFilings = this.filings.count();
		long storedIndicators = this.filings.countIndicators();
		long indexedFilings = this.searchIndex.count(DocumentType.FILING);
		long indexedIndicators = this.searchIndex.count(DocumentType.INDICATOR);
		String storeVersion = this.storeVersion.current();
		String indexedVersion = this.searchIndex.storeVersion();
		boolean inStep = storedFilings == indexedFilings && storedIndicators == indexedIndicators
				&& storeVersion.equals(indexedVersion);
		if (indexedVersion == null) {
			logger.info("the search index is new: it is built from the store");
		}
		else if (!inStep) {
			logger.warn(
					"search index out of step with the store: index {} filings / {} indicators at store version {},"
							+ " store {} / {} at {}",
					indexedFilings, indexedIndicators, indexedVersion, storedFilings, storedIndicators, storeVersion);
		}
		return inStep;
	}

	private long produce(Consumer<SearchDocument> sink) {
		long produced = 0;
		long afterId = 0;
		while (true) {
			long from = afterId;
			List<SearchDocument> page = this.readOnly.execute((status) -> page(from));
			if (page == null || page.isEmpty()) {
				return produced;
			}
			for (SearchDocument document : page) {
				sink.accept(document);
				afterId = Math.max(afterId, document.filingId());
			}
			produced += page.size();
		}
	}

	private List<SearchDocument> page(long afterId) {
		List<SearchDocument> documents = new ArrayList<>();
		for (StoredForm form : this.forms.after(afterId, PAGE_SIZE)) {
			documents.addAll(SearchDocuments.of(form.filing(), form.indicators()));
		}
		this.entityManager.clear();
		return documents;
	}

}
