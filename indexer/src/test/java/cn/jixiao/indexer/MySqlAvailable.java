package cn.jixiao.indexer;

import java.util.Map;

/**
 * Runs a test only where a MariaDB/MySQL database is provided through
 * {@code JIXIAO_TEST_MYSQL_URL}: skipped without one, failing in CI (see
 * {@link ServiceAvailable}).
 */
public class MySqlAvailable extends ServiceAvailable {

	static final String URL = "JIXIAO_TEST_MYSQL_URL";

	static final String USER = "JIXIAO_TEST_MYSQL_USER";

	static final String PASSWORD = "JIXIAO_TEST_MYSQL_PASSWORD";

	public MySqlAvailable() {
		this(System.getenv());
	}

	MySqlAvailable(Map<String, String> environment) {
		super("MariaDB/MySQL", URL, "jdbc:mysql://127.0.0.1:3306/jixiao_test", environment);
	}

}
