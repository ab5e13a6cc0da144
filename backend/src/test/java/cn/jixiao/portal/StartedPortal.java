package cn.jixiao.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestTemplate;

/**
 * A portal started in the test JVM as an operator starts it, from command-line arguments,
 * on a free port; several can run side by side and be asked the same questions over HTTP.
 */
final class StartedPortal implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String base;

	private final RestTemplate rest = new RestTemplate();

	private StartedPortal(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * Starts the portal with the arguments, {@code --server.port=0} and the read-only
	 * anonymous mode, since these portals are only asked questions.
	 */
	static StartedPortal start(String... arguments) {
		String[] all = new String[arguments.length + 2];
		System.arraycopy(arguments, 0, all, 0, arguments.length);
		all[arguments.length] = "--server.port=0";
		all[arguments.length + 1] = "--jixiao.security.anonymous-read=true";
		return new StartedPortal(new SpringApplicationBuilder(PortalApplication.class).run(all));
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/**
	 * The JSON answer to a GET of the path with the parameters (each name with its values
	 * in order), every value percent-encoded, so conditions such as {@code 单位=元/人} and
	 * {@code 指标值>=95%} arrive as typed.
	 */
	JsonNode get(String path, List<Map.Entry<String, String>> parameters) {
		String query = parameters.stream()
			.map((parameter) -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
			.collect(Collectors.joining("&"));
		return this.rest.getForObject(URI.create(this.base + path + (query.isEmpty() ? "" : "?" + query)),
				JsonNode.class);
	}

	JsonNode get(String path) {
		return get(path, List.of());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
