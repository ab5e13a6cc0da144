package cn.jixiao.portal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalApplicationTest {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void startsAndReportsHealthy() {
		String health = this.rest.getForObject("/actuator/health", String.class);
		assertThat(health).contains("\"status\":\"UP\"");
	}

}
