package cn.jixiao.indexer.index;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import cn.jixiao.indexer.filing.FormKind;

/**
 * A search document as Elasticsearch holds it ({@code elasticsearch/filings-index.json}),
 * with the same derived fields the Lucene index adds ({@link Fields}): units and
 * departments as words on filings only, the exact name, and the name's character pairs
 * computed here so that both backends index the same pairs. Numbers travel as text so
 * that they come back with their scale ({@code 109787.00} stays so), while the mapping
 * indexes them as doubles.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ElasticsearchDocument(String id, String type, long filingId, Long indicatorId, String sourceFile, String kind,
		String year, @JsonProperty("year_sort") Integer yearSort, String department, String unit,
		@JsonProperty("department_text") String departmentText, @JsonProperty("unit_text") String unitText,
		String projectName, String name, @JsonProperty("name_exact") String nameExact,
		@JsonProperty("name_grams") String nameGrams, String level1, String level2, String target, String valueOperator,
		String valueNumber, String valueUnit, String goal, String budget) {

	/** Facets are keyword fields named after them; {@code year} is one too, as text. */
	static String facetField(SearchFacet facet) {
		return facet.name().toLowerCase(Locale.ROOT);
	}

	static ElasticsearchDocument of(SearchDocument document) {
		boolean filing = document.type() == DocumentType.FILING;
		String name = document.name();
		return new ElasticsearchDocument(document.id(), document.type().name(), document.filingId(),
				document.indicatorId(), document.sourceFile(),
				(document.kind() != null) ? document.kind().name() : null,
				(document.year() != null) ? document.year().toString() : null, document.year(), document.department(),
				document.unit(), filing ? document.department() : null, filing ? document.unit() : null,
				document.projectName(), name, name, (name != null) ? String.join(" ", CharacterBigrams.of(name)) : null,
				document.level1(), document.level2(), document.target(), document.valueOperator(),
				text(document.valueNumber()), document.valueUnit(), document.goal(), text(document.budget()));
	}

	SearchDocument toSearchDocument() {
		return new SearchDocument(this.id, DocumentType.valueOf(this.type), this.filingId, this.indicatorId,
				this.sourceFile, (this.kind != null) ? FormKind.valueOf(this.kind) : null, this.yearSort,
				this.department, this.unit, this.projectName, this.name, this.level1, this.level2, this.target,
				this.valueOperator, decimal(this.valueNumber), this.valueUnit, this.goal, decimal(this.budget));
	}

	private static String text(BigDecimal number) {
		return (number != null) ? number.toPlainString() : null;
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

}
