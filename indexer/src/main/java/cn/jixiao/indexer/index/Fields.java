package cn.jixiao.indexer.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import cn.jixiao.indexer.filing.FormKind;

/**
 * The Lucene index schema, owned here. Each choice is made where the field is added:
 * analysed text (SmartCN) for what analysts type words for; an exact keyword
 * ({@code _exact}) for filters and deletes; a sorted doc value ({@code _facet}) per facet
 * dimension for counting; a numeric doc value for sorting by year.
 */
final class Fields {

	static final String ID = "id";

	static final String TYPE = "type";

	static final String FILING_ID = "filingId";

	static final String INDICATOR_ID = "indicatorId";

	static final String SOURCE_FILE = "sourceFile";

	static final String KIND = "kind";

	static final String YEAR = "year";

	static final String YEAR_SORT = "year_sort";

	static final String DEPARTMENT = "department";

	static final String UNIT = "unit";

	/**
	 * Unit and department as words, on filing documents only (indicators filter and count
	 * them exactly).
	 */
	static final String DEPARTMENT_TEXT = "department_text";

	static final String UNIT_TEXT = "unit_text";

	static final String PROJECT_NAME = "projectName";

	static final String NAME = "name";

	static final String NAME_EXACT = "name_exact";

	/**
	 * The name's character pairs, so that part of a name finds it
	 * ({@link CharacterBigrams}).
	 */
	static final String NAME_GRAMS = "name_grams";

	static final float NAME_GRAMS_BOOST = 3f;

	static final String LEVEL1 = "level1";

	static final String LEVEL2 = "level2";

	static final String TARGET = "target";

	static final String VALUE_OPERATOR = "valueOperator";

	static final String VALUE_NUMBER = "valueNumber";

	static final String VALUE_UNIT = "valueUnit";

	static final String GOAL = "goal";

	static final String BUDGET = "budget";

	static final String EXACT = "_exact";

	static final String FACET = "_facet";

	/**
	 * Analysed fields a query searches, with their weight: a match in an indicator's name
	 * says more than one in a long goal text. Units and departments are words only on
	 * filing documents (an indicator carries them as exact filters and facets), which
	 * keeps indicator documents lean.
	 */
	static final Map<String, Float> SEARCHED = Map.of(NAME, 4f, PROJECT_NAME, 2f, TARGET, 1f, UNIT_TEXT, 0.5f,
			DEPARTMENT_TEXT, 0.5f, GOAL, 0.5f);

	/** Fields shown with highlighted snippets, by the kind of hit. */
	static String[] highlighted(DocumentType type) {
		return (type == DocumentType.FILING) ? new String[] { NAME, GOAL } : new String[] { NAME, TARGET };
	}

	/**
	 * Analysed text that also records each word's character offsets, so that snippets
	 * come from the postings instead of running SmartCN over every hit's stored text
	 * again at query time.
	 */
	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	private Fields() {
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	/**
	 * The exact keyword field a facet filter matches on; the facet counts come from its
	 * doc-value twin.
	 */
	static String filterField(SearchFacet facet) {
		return facet.name().toLowerCase(Locale.ROOT) + EXACT;
	}

	static String facetField(SearchFacet facet) {
		return facet.name().toLowerCase(Locale.ROOT) + FACET;
	}

	static Document toLucene(SearchDocument source, AnalysisCache analysis) throws IOException {
		Document doc = new Document();
		doc.add(new StringField(ID, source.id(), Field.Store.YES));
		doc.add(new StringField(TYPE, source.type().name(), Field.Store.YES));
		// A point as well as the stored value: searches may keep the documents of a set
		// of
		// filings (those with a review finding), which a point set query finds at once.
		doc.add(new LongPoint(FILING_ID, source.filingId()));
		doc.add(new StoredField(FILING_ID, source.filingId()));
		if (source.indicatorId() != null) {
			doc.add(new StoredField(INDICATOR_ID, source.indicatorId()));
		}
		keyword(doc, SOURCE_FILE, source.sourceFile());
		if (source.kind() != null) {
			stored(doc, KIND, source.kind().name());
			facet(doc, SearchFacet.KIND, source.kind().name());
		}
		if (source.year() != null) {
			doc.add(new StoredField(YEAR, source.year()));
			doc.add(new NumericDocValuesField(YEAR_SORT, source.year()));
			facet(doc, SearchFacet.YEAR, source.year().toString());
		}
		stored(doc, DEPARTMENT, source.department());
		stored(doc, UNIT, source.unit());
		if (source.type() == DocumentType.FILING) {
			indexedText(doc, DEPARTMENT_TEXT, source.department(), analysis);
			indexedText(doc, UNIT_TEXT, source.unit(), analysis);
		}
		facet(doc, SearchFacet.DEPARTMENT, source.department());
		facet(doc, SearchFacet.UNIT, source.unit());
		text(doc, PROJECT_NAME, source.projectName(), analysis);
		text(doc, NAME, source.name(), analysis);
		if (source.name() != null) {
			doc.add(new StringField(NAME_EXACT, source.name(), Field.Store.NO));
			doc.add(new TextField(NAME_GRAMS, AnalysisCache.of(CharacterBigrams.of(source.name()))));
		}
		stored(doc, LEVEL1, source.level1());
		facet(doc, SearchFacet.LEVEL1, source.level1());
		stored(doc, LEVEL2, source.level2());
		facet(doc, SearchFacet.LEVEL2, source.level2());
		text(doc, TARGET, source.target(), analysis);
		keyword(doc, VALUE_OPERATOR, source.valueOperator());
		keyword(doc, VALUE_UNIT, source.valueUnit());
		number(doc, VALUE_NUMBER, source.valueNumber());
		text(doc, GOAL, source.goal(), analysis);
		number(doc, BUDGET, source.budget());
		return doc;
	}

	static SearchDocument fromLucene(Document doc) {
		return new SearchDocument(doc.get(ID), DocumentType.valueOf(doc.get(TYPE)), longOf(doc, FILING_ID),
				nullableLong(doc, INDICATOR_ID), doc.get(SOURCE_FILE),
				(doc.get(KIND) != null) ? FormKind.valueOf(doc.get(KIND)) : null, intOf(doc, YEAR), doc.get(DEPARTMENT),
				doc.get(UNIT), doc.get(PROJECT_NAME), doc.get(NAME), doc.get(LEVEL1), doc.get(LEVEL2), doc.get(TARGET),
				doc.get(VALUE_OPERATOR), decimalOf(doc, VALUE_NUMBER), doc.get(VALUE_UNIT), doc.get(GOAL),
				decimalOf(doc, BUDGET));
	}

	/** Exact, for deletes and filters, and stored. */
	private static void keyword(Document doc, String field, String value) {
		if (value != null) {
			doc.add(new StringField(field, value, Field.Store.YES));
		}
	}

	private static void stored(Document doc, String field, String value) {
		if (value != null) {
			doc.add(new StoredField(field, value));
		}
	}

	/**
	 * Analysed for search (from the cache where it can), stored for display and
	 * highlighting.
	 */
	private static void text(Document doc, String field, String value, AnalysisCache analysis) {
		if (value == null) {
			return;
		}
		TokenStream tokens = analysis.tokens(field, value);
		doc.add((tokens != null) ? new Field(field, tokens, TEXT_WITH_OFFSETS)
				: new Field(field, value, TEXT_WITH_OFFSETS));
		doc.add(new StoredField(field, value));
	}

	private static void indexedText(Document doc, String field, String value, AnalysisCache analysis) {
		if (value != null) {
			TokenStream tokens = analysis.tokens(field, value);
			doc.add((tokens != null) ? new TextField(field, tokens) : new TextField(field, value, Field.Store.NO));
		}
	}

	/**
	 * A facet dimension: an exact keyword to filter by and a sorted doc value to count.
	 */
	private static void facet(Document doc, SearchFacet facet, String value) {
		if (value != null) {
			doc.add(new StringField(filterField(facet), value, Field.Store.NO));
			doc.add(new SortedDocValuesField(facetField(facet), new BytesRef(value)));
		}
	}

	private static void number(Document doc, String field, BigDecimal value) {
		if (value != null) {
			doc.add(new DoublePoint(field, value.doubleValue()));
			doc.add(new StoredField(field, value.toPlainString()));
		}
	}

	private static long longOf(Document doc, String field) {
		IndexableField stored = doc.getField(field);
		return (stored != null) ? stored.numericValue().longValue() : 0L;
	}

	private static Long nullableLong(Document doc, String field) {
		IndexableField stored = doc.getField(field);
		return (stored != null) ? stored.numericValue().longValue() : null;
	}

	private static Integer intOf(Document doc, String field) {
		IndexableField stored = doc.getField(field);
		return (stored != null) ? stored.numericValue().intValue() : null;
	}

	private static BigDecimal decimalOf(Document doc, String field) {
		String stored = doc.get(field);
		return (stored != null) ? new BigDecimal(stored) : null;
	}

}
