package cn.jixiao.indexer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs an {@link EmbeddedStoreTest} on the MariaDB/MySQL database named by
 * {@code JIXIAO_TEST_MYSQL_URL} (user {@code JIXIAO_TEST_MYSQL_USER}, default root;
 * password {@code JIXIAO_TEST_MYSQL_PASSWORD}, default empty) through the {@code mysql}
 * profile, exactly as the portal is configured for it. The database is emptied (Flyway
 * clean) and migrated when the class's context starts, so it must be a scratch database.
 * Without the variable the test is skipped, or fails in CI: see {@link MySqlAvailable}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MySqlAvailable.class)
@ActiveProfiles("mysql")
@TestPropertySource(properties = { "MYSQL_URL=${" + MySqlAvailable.URL + "}",
		"MYSQL_USER=${" + MySqlAvailable.USER + ":root}", "MYSQL_PASSWORD=${" + MySqlAvailable.PASSWORD + ":}",
		"spring.flyway.clean-disabled=false", "jixiao.test.clean-store=true" })
public @interface MySqlStore {

}
