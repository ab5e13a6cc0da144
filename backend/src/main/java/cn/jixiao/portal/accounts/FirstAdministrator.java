package cn.jixiao.portal.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a store without users, creates the administrator {@code admin} with the password
 * from {@code JIXIAO_ADMIN_PASSWORD}, or a generated one printed once to the log; either
 * must be changed at first login.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserStore users;

	private final String password;

	FirstAdministrator(UserStore users, @Value("${JIXIAO_ADMIN_PASSWORD:}") String password) {
		this.users = users;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		boolean generated = this.password.isBlank();
		String initial = generated ? generate() : this.password;
		this.users.create(USERNAME, "管理员", Role.ADMIN, initial, true);
		if (generated) {
			log.warn("Created the first administrator '{}' with the initial password {} (shown only this once; "
					+ "it must be changed at first login)", USERNAME, initial);
		}
		else {
			log.info("Created the first administrator '{}' with the password from JIXIAO_ADMIN_PASSWORD "
					+ "(it must be changed at first login)", USERNAME);
		}
	}

	private static String generate() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
