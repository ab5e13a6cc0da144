package cn.jixiao.portal.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production stack cannot be started on the build machine (it has no Docker engine),
 * so its files are held to what they feed and rely on: the prod profile's properties, the
 * portal's own settings and the parent pom's Elasticsearch version.
 */
class DockerComposeTest {

	private static final Path ROOT = Path.of("..");

	private static final Pattern ENVIRONMENT_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

	private final ComposeFile compose = ComposeFile.read(ROOT.resolve("docker-compose.yml"));

	private final ComposeFile.Service portal = this.compose.service("portal");

	@Test
	void portalRunsTheProdProfileOnElasticsearch() {
		assertThat(this.portal.environment()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
		assertThat(portalSettings().getProperty("jixiao.search.backend")).isEqualTo("elasticsearch");
	}

	@Test
	void portalSetsEveryVariableTheProdProfileReads() {
		Set<String> read = new TreeSet<>();
		for (Properties file : profileFiles("prod").values()) {
			for (String key : file.stringPropertyNames()) {
				Matcher placeholder = ENVIRONMENT_PLACEHOLDER.matcher(file.getProperty(key));
				while (placeholder.find()) {
					read.add(placeholder.group(1));
				}
			}
		}
		assertThat(read).as("variables of the prod profile and its imports").contains("MYSQL_URL", "ELASTICSEARCH_URL");
		assertThat(this.portal.environment().keySet()).containsAll(read);
	}

	@Test
	void storeIsTheMySqlServiceWithItsDatabaseAndAccount() {
		StandardEnvironment settings = portalSettings();
		String url = settings.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:mysql://");
		URI store = URI.create(url.substring("jdbc:".length()));
		ComposeFile.Service mysql = serviceAt(store, 3306);
		Map<String, String> database = mysql.environment();
		assertThat(store.getPath()).isEqualTo("/" + database.get("MYSQL_DATABASE"));
		assertThat(settings.getProperty("spring.datasource.username")).isEqualTo(database.get("MYSQL_USER"));
		assertThat(settings.getProperty("spring.datasource.password")).isEqualTo(database.get("MYSQL_PASSWORD"));
		// One variable feeds both containers, so a password set in .env reaches both.
		assertThat(this.portal.rawEnvironment().get("MYSQL_PASSWORD"))
			.isEqualTo(mysql.rawEnvironment().get("MYSQL_PASSWORD"));
		assertThat(mysql.strings("command")).contains("--character-set-server=utf8mb4",
				"--collation-server=utf8mb4_bin");
	}

	@Test
	void searchIsTheElasticsearchServiceOfThePomVersionWithSmartCn() {
		URI search = elasticsearchNode(portalSettings());
		ComposeFile.Service elasticsearch = serviceAt(search, search.getScheme().equals("https") ? 443 : 80);
		Map<String, String> node = elasticsearch.environment();
		assertThat(node).containsEntry("discovery.type", "single-node");
		if (search.getScheme().equals("http")) {
			assertThat(node).as("plain http needs security off").containsEntry("xpack.security.enabled", "false");
		}
		Dockerfile image = Dockerfile.read(elasticsearch.dockerfile(ROOT));
		assertThat(image.last("FROM"))
			.isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:" + pomProperty("elasticsearch.version"));
		assertThat(image.all("RUN")).anySatisfy((run) -> assertThat(run.arguments())
			.containsPattern("elasticsearch-plugin\\s+install\\s+(--\\S+\\s+)*analysis-smartcn(\\s|$)"));
	}

	/**
	 * The first of Spring Boot's Elasticsearch addresses (several are comma-separated).
	 */
	private static URI elasticsearchNode(StandardEnvironment settings) {
		return URI.create(settings.getProperty("spring.elasticsearch.uris").split(",")[0].strip());
	}

	@Test
	void portalWaitsForTheServicesItUsesToBeHealthy() {
		StandardEnvironment settings = portalSettings();
		String store = URI.create(settings.getProperty("spring.datasource.url").substring("jdbc:".length())).getHost();
		String search = elasticsearchNode(settings).getHost();
		assertThat(this.portal.dependsOn()).containsEntry(store, "service_healthy")
			.containsEntry(search, "service_healthy");
		for (String name : this.compose.serviceNames()) {
			assertThat(this.compose.service(name).healthCheck()).as("health check of %s", name).isNotBlank();
		}
		assertThat(this.compose.service(store).healthCheck()).contains("mysqladmin ping");
		assertThat(this.compose.service(search).healthCheck()).contains("_cluster/health?wait_for_status=yellow");
	}

	@Test
	void portalIsPublishedAndCheckedOnItsServerPort() {
		String port = portalSettings().getProperty("server.port");
		assertThat(this.portal.strings("ports")).anySatisfy((mapping) -> assertThat(mapping).endsWith(":" + port));
		assertThat(this.portal.healthCheck()).contains(":" + port + "/actuator/health");
	}

	@Test
	void everyServiceKeepsItsDataInADeclaredVolume() {
		Map<String, String> dataPaths = new LinkedHashMap<>();
		dataPaths.put("mysql", "/var/lib/mysql");
		dataPaths.put("elasticsearch", "/usr/share/elasticsearch/data");
		dataPaths.put("portal", portalSettings().getProperty("jixiao.data-dir"));
		dataPaths.forEach((service, path) -> {
			String volume = this.compose.service(service).mounts().get(path);
			assertThat(volume).as("volume of %s mounted at %s", service, path).isNotNull();
			assertThat(this.compose.declaredVolumes()).as("declared volumes").contains(volume);
		});
	}

	@Test
	void portalImageShipsTheSeedsWhereThePortalLooksAndRunsUnprivileged() throws IOException {
		StandardEnvironment settings = portalSettings();
		assertThat(settings.getProperty("jixiao.seeds.import-on-empty")).isEqualTo("true");
		Dockerfile image = Dockerfile.read(this.portal.dockerfile(ROOT)).finalStage();
		Path workdir = Path.of(image.last("WORKDIR"));
		Path seeds = workdir.resolve(settings.getProperty("jixiao.seeds.dir")).normalize();
		assertThat(image.all("COPY")).as("COPY seeds/ to %s", seeds).anySatisfy((copy) -> {
			List<String> words = copy.words();
			assertThat(words).noneMatch((word) -> word.startsWith("--from"));
			assertThat(words.get(0)).matches("(\\./)?seeds/?");
			assertThat(workdir.resolve(words.get(words.size() - 1)).normalize()).isEqualTo(seeds);
		});
		assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"), StandardCharsets.UTF_8))
			.as("the build context keeps seeds/")
			.noneMatch((line) -> line.trim().matches("/?seeds(/.*)?"));
		assertThat(image.last("VOLUME")).contains(settings.getProperty("jixiao.data-dir"));
		assertThat(image.last("USER")).isNotBlank().isNotIn("root", "0", "0:0", "root:root");
	}

	/** The service a URL names by host, checked to expose the URL's port. */
	private ComposeFile.Service serviceAt(URI address, int defaultPort) {
		assertThat(this.compose.serviceNames()).as("host of %s", address).contains(address.getHost());
		ComposeFile.Service service = this.compose.service(address.getHost());
		int port = (address.getPort() != -1) ? address.getPort() : defaultPort;
		assertThat(service.strings("expose")).as("ports %s exposes", service.name()).contains(String.valueOf(port));
		return service;
	}

	/**
	 * The settings the portal container starts with: its environment over the active
	 * profile's files (with their imports) over application.properties, resolved and
	 * bound as Spring Boot does.
	 */
	private StandardEnvironment portalSettings() {
		StandardEnvironment settings = new StandardEnvironment();
		MutablePropertySources sources = settings.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.addLast(new SystemEnvironmentPropertySource("docker-compose.yml portal environment",
				new LinkedHashMap<>(this.portal.environment())));
		ConfigurationPropertySources.attach(settings);
		String profile = settings.getProperty("spring.profiles.active");
		assertThat(profile).as("active profile").isNotBlank();
		List<Map.Entry<String, Properties>> files = new ArrayList<>(profileFiles(profile).entrySet());
		// An imported file takes precedence over the one importing it.
		for (int i = files.size() - 1; i >= 0; i--) {
			sources.addLast(new PropertiesPropertySource(files.get(i).getKey(), files.get(i).getValue()));
		}
		sources.addLast(
				new PropertiesPropertySource("application.properties", classpathProperties("application.properties")));
		return settings;
	}

	/** application-{profile}.properties and the classpath files it imports, by name. */
	private static Map<String, Properties> profileFiles(String profile) {
		Map<String, Properties> files = new LinkedHashMap<>();
		List<String> pending = new ArrayList<>(List.of("application-" + profile + ".properties"));
		while (!pending.isEmpty()) {
			String name = pending.remove(0);
			Properties file = classpathProperties(name);
			files.put(name, file);
			for (String imported : file.getProperty("spring.config.import", "").split(",")) {
				String location = imported.trim().replaceFirst("^optional:", "");
				if (!location.isEmpty()) {
					assertThat(location).as("import in %s", name).startsWith("classpath:");
					pending.add(location.substring("classpath:".length()));
				}
			}
		}
		return files;
	}

	private static Properties classpathProperties(String name) {
		ClassPathResource resource = new ClassPathResource(name);
		assertThat(resource.exists()).as("%s on the classpath", name).isTrue();
		try {
			return PropertiesLoaderUtils.loadProperties(resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pomProperty(String name) {
		try {
			String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
			Matcher property = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
			assertThat(property.find()).as("<%s> in pom.xml", name).isTrue();
			return property.group(1).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
