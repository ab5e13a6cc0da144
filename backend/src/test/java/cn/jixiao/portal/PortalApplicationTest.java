package cn.jixiao.portal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.store.StoredFilingRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal on the embedded default, started on an empty data folder: it imports the
 * shipped seeds.
 */
class PortalApplicationTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private StoredFilingRepository filings;

	@Autowired
	private SearchIndex searchIndex;

	@Test
	void startsHealthyWithTheSeedsImportedIntoAnEmptyStore() {
		String health = this.rest.getForObject("/actuator/health", String.class);
		assertThat(health).contains("\"status\":\"UP\"");
		assertThat(this.filings.count()).isEqualTo(62);
		assertThat(this.filings.countIndicators()).isEqualTo(725);
		assertThat(this.searchIndex.count(DocumentType.INDICATOR)).isEqualTo(725);
		assertThat(this.searchIndex.count(DocumentType.FILING)).isEqualTo(62);
	}

}
