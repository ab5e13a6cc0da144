package cn.jixiao.indexer.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchDocument;
import cn.jixiao.indexer.store.StoredFiling;
import cn.jixiao.indexer.store.StoredIndicator;

/**
 * The search index's view of stored filings: one document per filing and one per
 * indicator.
 */
final class SearchDocuments {

	private SearchDocuments() {
	}

	/**
	 * The parser and the database write the same number with different scales (90.00,
	 * 90.0000).
	 */
	private static BigDecimal plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros() : null;
	}

	static List<SearchDocument> of(StoredFiling filing, List<StoredIndicator> indicators) {
		List<SearchDocument> documents = new ArrayList<>(indicators.size() + 1);
		String department = (filing.getDepartment() != null) ? filing.getDepartment().getName() : null;
		String unit = (filing.getUnit() != null) ? filing.getUnit().getName() : null;
		String source = filing.getSourceFile().getName();
		documents.add(new SearchDocument(SearchDocument.filingId(filing.getId()), DocumentType.FILING, filing.getId(),
				null, source, filing.getKind(), filing.getYear(), department, unit, filing.getProjectName(),
				filing.getProjectName(), null, null, null, null, null, null, filing.getAnnualGoal(),
				plain(filing.getFunds().total())));
		for (StoredIndicator indicator : indicators) {
			var value = indicator.getValue();
			documents.add(new SearchDocument(SearchDocument.indicatorId(indicator.getId()), DocumentType.INDICATOR,
					filing.getId(), indicator.getId(), source, filing.getKind(), filing.getYear(), department, unit,
					filing.getProjectName(), indicator.getName(), indicator.getLevel1(), indicator.getLevel2(),
					indicator.getTarget(), (value != null) ? value.operator() : null,
					(value != null) ? plain(value.number()) : null, (value != null) ? value.unit() : null, null, null));
		}
		return documents;
	}

}
