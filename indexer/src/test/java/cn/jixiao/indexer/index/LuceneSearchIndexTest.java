package cn.jixiao.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded Lucene index on the search index contract, in memory, plus what only the
 * embedded index promises: SmartCN's words, visibility on publish, durable commits.
 */
class LuceneSearchIndexTest extends SearchIndexContract {

	@TempDir
	Path indexDirectory;

	@Override
	protected SearchIndex createIndex() {
		return new LuceneSearchIndex(new ByteBuffersDirectory());
	}

	@Test
	void smartCnSplitsIndicatorNamesIntoTheWordsQueriesUse() {
		QueryWords queries = new QueryWords(new SmartChineseAnalyzer());
		assertThat(queries.terms("鉴定工作完成率")).containsExactly("鉴定", "工作", "完成", "率");
		assertThat(queries.terms("完成率")).containsExactly("完成", "率");
		assertThat(queries.terms("鉴定对象满意度")).containsExactly("鉴定", "对象", "满意度");
		assertThat(queries.terms("满意度")).containsExactly("满意度");
		assertThat(queries.terms("*:*")).isEmpty();
	}

	@Test
	void changesStayInvisibleUntilPublished() {
		SearchQuery file2026 = SearchQuery.of("").withFilter(SearchFacet.YEAR, "2026");
		this.index.replaceSourceFile(FILE_2026, firstForm(FILE_2026));
		assertThat(this.index.search(file2026).total()).isEqualTo(61);
		assertThat(this.index.count(DocumentType.FILING)).isEqualTo(62);
		this.index.publish();
		assertThat(this.index.search(file2026).total()).isEqualTo(9);
		this.index.deleteSourceFile(FILE_2026);
		assertThat(this.index.search(file2026).total()).isEqualTo(9);
		this.index.publish();
		assertThat(this.index.search(file2026).total()).isZero();
	}

	@Test
	void anIndexOfAnEarlierSchemaReadsAsNewSoThatItIsRebuilt() throws IOException {
		try (IndexWriter earlier = new IndexWriter(FSDirectory.open(this.indexDirectory),
				new IndexWriterConfig(new SmartChineseAnalyzer()))) {
			earlier.setLiveCommitData(Map.of("storeVersion", "5/5").entrySet());
			earlier.commit();
		}
		try (SearchIndex reopened = new LuceneSearchIndex(FSDirectory.open(this.indexDirectory))) {
			assertThat(reopened.storeVersion()).isNull();
			reopened.commit("5/6");
		}
		try (SearchIndex current = new LuceneSearchIndex(FSDirectory.open(this.indexDirectory))) {
			assertThat(current.storeVersion()).isEqualTo("5/6");
		}
	}

	@Test
	void committedDocumentsSurviveReopening() throws IOException {
		try (SearchIndex onDisk = new LuceneSearchIndex(FSDirectory.open(this.indexDirectory))) {
			SeedDocuments.bySourceFile().forEach(onDisk::replaceSourceFile);
			onDisk.commit();
		}
		try (SearchIndex reopened = new LuceneSearchIndex(FSDirectory.open(this.indexDirectory))) {
			assertThat(reopened.count(DocumentType.INDICATOR)).isEqualTo(725);
			assertThat(reopened.count(DocumentType.FILING)).isEqualTo(62);
			assertThat(reopened.search(SearchQuery.of("鉴定 完成率")).hits()).extracting((hit) -> hit.document().id())
				.startsWith("indicator:1", "indicator:65");
			assertThat(reopened.suggest("满意", 1)).containsExactly("服务对象满意度");
		}
	}

}
