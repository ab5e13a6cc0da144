package cn.jixiao.indexer.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations must run unchanged on MySQL 8, whose InnoDB refuses a key longer than
 * 3072 bytes ("Specified key was too long"), a text column counting 4 bytes a character
 * in utf8mb4. MariaDB accepts such a unique key by silently turning it into a hash key,
 * so a MariaDB run does not show the problem.
 */
class MigrationKeysTest {

	private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

	private static final int MYSQL_MAX_KEY_BYTES = 3072;

	private static final int UTF8MB4_BYTES_PER_CHAR = 4;

	private static final Pattern TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\)", Pattern.DOTALL);

	private static final Pattern COLUMN = Pattern
		.compile("(?m)^\\s+(\\w+)\\s+(VARCHAR|CHAR|BIGINT|INT|TIMESTAMP)\\b(?:\\((\\d+)\\))?");

	private static final Pattern UNIQUE = Pattern.compile("CONSTRAINT (\\w+) UNIQUE \\(([^)]+)\\)");

	private static final Pattern INDEX = Pattern.compile("CREATE INDEX (\\w+) ON (\\w+) \\(([^)]+)\\)");

	@Test
	void everyKeyFitsMySqlsKeyLengthInUtf8mb4() throws IOException {
		String sql = migration();
		Map<String, Integer> columnBytes = new HashMap<>();
		Map<String, Integer> keyBytes = new TreeMap<>();
		Matcher table = TABLE.matcher(sql);
		while (table.find()) {
			String name = table.group(1);
			Matcher column = COLUMN.matcher(table.group(2));
			while (column.find()) {
				columnBytes.put(name + "." + column.group(1), bytes(column.group(2), column.group(3)));
			}
			Matcher unique = UNIQUE.matcher(table.group(2));
			while (unique.find()) {
				keyBytes.put(unique.group(1), keyBytes(name, unique.group(2), columnBytes));
			}
		}
		Matcher index = INDEX.matcher(sql);
		while (index.find()) {
			keyBytes.put(index.group(1), keyBytes(index.group(2), index.group(3), columnBytes));
		}
		assertThat(keyBytes).containsKeys("uk_unit_name_key", "uk_project_anchor", "ix_filing_unit_year",
				"ix_indicator_level2_name", "ix_review_finding_rule", "ix_draft_updated");
		assertThat(keyBytes)
			.allSatisfy((key, bytes) -> assertThat(bytes).as(key).isLessThanOrEqualTo(MYSQL_MAX_KEY_BYTES));
	}

	private static int keyBytes(String table, String columns, Map<String, Integer> columnBytes) {
		int total = 0;
		for (String column : columns.split(",")) {
			Integer bytes = columnBytes.get(table + "." + column.trim());
			assertThat(bytes).as("type of " + table + "." + column.trim()).isNotNull();
			total += bytes;
		}
		return total;
	}

	private static int bytes(String type, String length) {
		return switch (type) {
			case "BIGINT" -> 8;
			case "INT" -> 4;
			case "TIMESTAMP" -> 7;
			default -> Integer.parseInt(length) * UTF8MB4_BYTES_PER_CHAR;
		};
	}

	/** Every migration, in version order, as one script. */
	private static String migration() throws IOException {
		StringBuilder sql = new StringBuilder();
		for (int version = 1;; version++) {
			String prefix = "V" + version + "__";
			try (Stream<Path> files = Files.list(MIGRATIONS)) {
				Path file = files.filter((f) -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
				if (file == null) {
					assertThat(version).as("migrations found").isGreaterThan(4);
					return sql.toString();
				}
				sql.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
			}
		}
	}

}
