package cn.jixiao.portal.deployment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A docker-compose.yml as Compose reads it with no {@code .env} file and nothing set in
 * the shell: {@code ${VAR:-default}} and {@code ${VAR-default}} give the default,
 * {@code ${VAR}} is empty, {@code $$} is a dollar that reaches the container.
 */
final class ComposeFile {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");

	private final Map<String, Object> root;

	private ComposeFile(Map<String, Object> root) {
		this.root = root;
	}

	static ComposeFile read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return new ComposeFile(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String interpolate(String value) {
		Matcher matcher = VARIABLE.matcher(value);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement = matcher.group().equals("$$") ? "$"
					: (matcher.group(2) != null) ? matcher.group(2) : "";
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	Set<String> serviceNames() {
		return section(this.root, "services").keySet();
	}

	Service service(String name) {
		Map<String, Object> services = section(this.root, "services");
		assertThat(services).as("services").containsKey(name);
		return new Service(name, section(services, name));
	}

	Set<String> declaredVolumes() {
		return section(this.root, "volumes").keySet();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		return (value instanceof Map) ? (Map<String, Object>) value : Map.of();
	}

	/** One service; values are interpolated unless said otherwise. */
	record Service(String name, Map<String, Object> definition) {

		/** The environment as written, before interpolation; list or map form. */
		Map<String, String> rawEnvironment() {
			Map<String, String> environment = new LinkedHashMap<>();
			Object value = this.definition.get("environment");
			if (value instanceof Map<?, ?> map) {
				map.forEach((key, setting) -> environment.put(String.valueOf(key),
						(setting != null) ? String.valueOf(setting) : ""));
			}
			else if (value instanceof List<?> list) {
				for (Object entry : list) {
					String[] parts = String.valueOf(entry).split("=", 2);
					environment.put(parts[0], (parts.length > 1) ? parts[1] : "");
				}
			}
			return environment;
		}

		Map<String, String> environment() {
			Map<String, String> environment = new LinkedHashMap<>();
			rawEnvironment().forEach((key, value) -> environment.put(key, interpolate(value)));
			return environment;
		}

		List<String> strings(String key) {
			Object value = this.definition.get(key);
			if (!(value instanceof List<?> list)) {
				return List.of();
			}
			return list.stream().map((item) -> interpolate(String.valueOf(item))).toList();
		}

		/** Conditions by service from {@code depends_on}, in either form. */
		Map<String, String> dependsOn() {
			Map<String, String> conditions = new LinkedHashMap<>();
			Object value = this.definition.get("depends_on");
			if (value instanceof Map<?, ?> map) {
				map.forEach((service, settings) -> conditions.put(String.valueOf(service),
						(settings instanceof Map<?, ?> details) ? String.valueOf(details.get("condition"))
								: "service_started"));
			}
			else if (value instanceof List<?> list) {
				list.forEach((service) -> conditions.put(String.valueOf(service), "service_started"));
			}
			return conditions;
		}

		/** The health check's command as one line, or empty without one. */
		String healthCheck() {
			Object healthcheck = this.definition.get("healthcheck");
			if (!(healthcheck instanceof Map<?, ?> settings) || Boolean.TRUE.equals(settings.get("disable"))) {
				return "";
			}
			Object test = settings.get("test");
			if (test instanceof List<?> words) {
				List<String> command = words.stream().map(String::valueOf).toList();
				return (command.isEmpty() || command.get(0).equals("NONE")) ? ""
						: String.join(" ", command.subList(1, command.size()));
			}
			return (test != null) ? String.valueOf(test) : "";
		}

		/** Named volume (or host path) by the container path it is mounted on. */
		Map<String, String> mounts() {
			Map<String, String> mounts = new LinkedHashMap<>();
			for (String volume : strings("volumes")) {
				String[] parts = volume.split(":");
				if (parts.length >= 2) {
					mounts.put(parts[1], parts[0]);
				}
			}
			return mounts;
		}

		/** The build's context and Dockerfile, relative to the compose file's folder. */
		Path dockerfile(Path composeFolder) {
			Object build = this.definition.get("build");
			if (build instanceof String context) {
				return composeFolder.resolve(context).resolve("Dockerfile");
			}
			assertThat(build).as("%s builds an image", this.name).isInstanceOf(Map.class);
			Map<?, ?> settings = (Map<?, ?>) build;
			Path context = composeFolder.resolve(String.valueOf(settings.get("context")));
			Object dockerfile = settings.get("dockerfile");
			return (dockerfile != null) ? context.resolve(String.valueOf(dockerfile)) : context.resolve("Dockerfile");
		}

	}

}
