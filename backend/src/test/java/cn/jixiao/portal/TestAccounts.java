package cn.jixiao.portal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;

import cn.jixiao.portal.accounts.Role;
import cn.jixiao.portal.accounts.UserStore;

/**
 * One analyst and one administrator with known passwords for a test's portal, and its
 * {@code TestRestTemplate} signed in as the administrator over HTTP Basic, so API tests
 * read and change as before.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

	public static final String ADMIN = "test-admin";

	public static final String ANALYST = "test-analyst";

	public static final String PASSWORD = "test-password-1";

	/** The administrator's {@code Authorization} header, for a client of its own. */
	public static String basicAuthorization() {
		return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	@Bean
	ApplicationRunner testUsers(UserStore users) {
		return (args) -> {
			if (users.find(ADMIN).isEmpty()) {
				users.create(ADMIN, "测试管理员", Role.ADMIN, PASSWORD, false);
				users.create(ANALYST, "测试分析员", Role.ANALYST, PASSWORD, false);
			}
		};
	}

	@Bean
	RestTemplateCustomizer signedInAsAdministrator() {
		return (rest) -> rest.getInterceptors().add(new BasicAuthenticationInterceptor(ADMIN, PASSWORD));
	}

}
