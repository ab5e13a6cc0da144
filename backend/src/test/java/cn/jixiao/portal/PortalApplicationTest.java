package cn.jixiao.portal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;

import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.store.StoredFilingRepository;
import cn.jixiao.portal.system.MessageBundle;

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

	@Autowired
	private MessageSource messageSource;

	@Autowired
	private MessageBundle messages;

	@Test
	void startsHealthyWithTheSeedsImportedIntoAnEmptyStore() {
		String health = this.rest.getForObject("/actuator/health", String.class);
		assertThat(health).contains("\"status\":\"UP\"");
		assertThat(this.filings.count()).isEqualTo(62);
		assertThat(this.filings.countIndicators()).isEqualTo(725);
		assertThat(this.searchIndex.count(DocumentType.INDICATOR)).isEqualTo(725);
		assertThat(this.searchIndex.count(DocumentType.FILING)).isEqualTo(62);
	}

	@Test
	void templatesAndScriptsReadTheReviewTextsOfTheIndexerBesideThePortalsOwn() {
		assertThat(this.messageSource.getMessage("review.target.missing", null, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("未填写指标值");
		assertThat(this.messages.get("review.percent.outOfRange", "120")).isEqualTo("百分比 120% 超出 0–100 的合理范围");
		assertThat(this.messages.get("nav.search")).isNotEqualTo("nav.search");
	}

}
