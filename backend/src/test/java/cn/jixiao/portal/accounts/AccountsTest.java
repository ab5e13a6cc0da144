package cn.jixiao.portal.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.jixiao.portal.SeededPortalTest;
import cn.jixiao.portal.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in over HTTP as a browser and as a script does: the first administrator and its
 * forced password change, the Chinese login page, CSRF, and what an analyst is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class AccountsTest {

	private static final String FIRST_PASSWORD = "first-admin-1";

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserStore users;

	@DynamicPropertySource
	static void ownStore(DynamicPropertyRegistry registry) {
		registry.add("jixiao.data-dir", SeededPortalTest.newDataDir("jixiao-accounts-test")::toString);
		registry.add("jixiao.seeds.import-on-empty", () -> "false");
		registry.add("JIXIAO_ADMIN_PASSWORD", () -> FIRST_PASSWORD);
	}

	@Test
	void loginPageIsInChinese() throws Exception {
		HttpResponse<String> page = send(browser(), get("/login"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"zh-CN\"", "用户名", "密码", "登录");
	}

	@Test
	void pagesSendStrangersToTheLoginPageAndApisAnswer401() throws Exception {
		HttpResponse<String> page = send(browser(), get("/search").header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		HttpResponse<String> api = send(browser(), get("/api/search?q=x"));
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void firstAdministratorMustChooseAPasswordBeforeAnythingElse() throws Exception {
		assertThat(this.users.find("admin")).hasValueSatisfying((admin) -> {
			assertThat(admin.role()).isEqualTo(Role.ADMIN);
			assertThat(admin.mustChangePassword()).isTrue();
			assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(FIRST_PASSWORD);
		});
		Client browser = browser();
		assertThat(signIn(browser, "admin", FIRST_PASSWORD).headers().firstValue("Location")).isPresent();
		HttpResponse<String> held = send(browser, get("/search"));
		assertThat(held.statusCode()).isEqualTo(302);
		assertThat(held.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/account/password"));
		assertThat(send(browser, get("/api/search?q=x")).statusCode()).isEqualTo(403);
		assertThat(send(script("admin", FIRST_PASSWORD), get("/api/search?q=x")).statusCode()).isEqualTo(403);

		HttpResponse<String> form = send(browser, get("/account/password"));
		assertThat(form.body()).contains("初始密码");
		HttpResponse<String> tooShort = send(browser, post("/account/password",
				Map.of("current", FIRST_PASSWORD, "password", "short", "repeat", "short", "_csrf", csrf(form))));
		assertThat(tooShort.body()).contains("新密码至少要 8 位");
		HttpResponse<String> changed = send(browser, post("/account/password", Map.of("current", FIRST_PASSWORD,
				"password", "chosen-pass-9", "repeat", "chosen-pass-9", "_csrf", csrf(tooShort))));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(this.users.find("admin").orElseThrow().mustChangePassword()).isFalse();
		assertThat(send(browser, get("/search")).statusCode()).isEqualTo(200);
		assertThat(send(script("admin", "chosen-pass-9"), get("/api/search?q=x")).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where who = 'admin' and action = 'password.change'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void stateChangingCallsFromAPageNeedTheCsrfToken() throws Exception {
		Client browser = browser();
		signIn(browser, TestAccounts.ANALYST, TestAccounts.PASSWORD);
		HttpRequest.Builder withoutToken = HttpRequest.newBuilder(uri("/api/drafting/review"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"));
		assertThat(send(browser, withoutToken).statusCode()).isEqualTo(403);
		String token = csrf(send(browser, get("/drafting")));
		HttpRequest.Builder withToken = HttpRequest.newBuilder(uri("/api/drafting/review"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("{}"));
		assertThat(send(browser, withToken).statusCode()).isNotIn(401, 403);
	}

	@Test
	void analystsReadAndDraftButAreRefusedTheAdministratorsWork() throws Exception {
		Client analyst = script(TestAccounts.ANALYST, TestAccounts.PASSWORD);
		assertThat(send(analyst, get("/api/search?q=x")).statusCode()).isEqualTo(200);
		assertThat(send(analyst, get("/api/drafts")).statusCode()).isEqualTo(200);
		assertThat(send(analyst, json("POST", "/api/drafting/review", "{}")).statusCode()).isNotIn(401, 403);
		assertThat(send(analyst,
				json("POST", "/api/compare/decisions", "{\"filingId\":1,\"otherFilingId\":2,\"verdict\":\"SAME\"}"))
			.statusCode()).isEqualTo(403);
		assertThat(send(analyst, json("PUT", "/api/search/synonyms", "{\"text\":\"\"}")).statusCode()).isEqualTo(403);
		assertThat(send(analyst, json("POST", "/api/import", "")).statusCode()).isEqualTo(403);
		assertThat(send(analyst, get("/api/import/recent")).statusCode()).isEqualTo(403);
		assertThat(send(analyst, get("/import")).statusCode()).isEqualTo(403);
		Client admin = script(TestAccounts.ADMIN, TestAccounts.PASSWORD);
		assertThat(send(admin, get("/api/import/recent")).statusCode()).isEqualTo(200);
		assertThat(send(script(TestAccounts.ANALYST, "wrong-password"), get("/api/search?q=x")).statusCode())
			.isEqualTo(401);
	}

	@Test
	void administratorsManageUsersAndEveryChangeIsAudited() throws Exception {
		Client admin = script(TestAccounts.ADMIN, TestAccounts.PASSWORD);
		HttpResponse<String> added = send(admin, post("/users",
				Map.of("username", "new-analyst", "displayName", "新分析员", "role", "ANALYST", "password", "initial-1")));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(this.users.find("new-analyst")).hasValueSatisfying((user) -> {
			assertThat(user.role()).isEqualTo(Role.ANALYST);
			assertThat(user.mustChangePassword()).isTrue();
		});
		assertThat(send(script("new-analyst", "initial-1"), get("/api/search?q=x")).statusCode()).isEqualTo(403);

		send(admin, post("/users/new-analyst/role", Map.of("role", "ADMIN")));
		assertThat(this.users.find("new-analyst").orElseThrow().role()).isEqualTo(Role.ADMIN);
		send(admin, post("/users/new-analyst/enabled", Map.of("enabled", "false")));
		assertThat(send(script("new-analyst", "initial-1"), get("/api/search?q=x")).statusCode()).isEqualTo(401);

		HttpResponse<String> self = send(admin,
				post("/users/" + TestAccounts.ADMIN + "/role", Map.of("role", "ANALYST")));
		assertThat(self.body()).contains("不能停用自己或更改自己的角色");
		assertThat(this.users.find(TestAccounts.ADMIN).orElseThrow().role()).isEqualTo(Role.ADMIN);

		Client analyst = script(TestAccounts.ANALYST, TestAccounts.PASSWORD);
		assertThat(send(analyst,
				post("/users",
						Map.of("username", "sneaky", "displayName", "", "role", "ADMIN", "password", "sneaky-pass-1")))
			.statusCode()).isEqualTo(403);
		assertThat(this.users.find("sneaky")).isEmpty();

		assertThat(this.jdbc.queryForList(
				"select action from audit_log where who = ? and target = 'new-analyst' order by id", String.class,
				TestAccounts.ADMIN))
			.containsExactly("user.create", "user.role", "user.disable");
	}

	@Test
	void theAuditLogIsShownToAdministratorsOnlyAndExports() throws Exception {
		Client admin = script(TestAccounts.ADMIN, TestAccounts.PASSWORD);
		send(admin, post("/users",
				Map.of("username", "audited-analyst", "displayName", "", "role", "ANALYST", "password", "initial-2")));
		HttpResponse<String> page = send(admin, get("/audit?action=user."));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("审计日志", "audited-analyst", "user.create");
		assertThat(send(admin, get("/audit?who=nobody-at-all")).body()).doesNotContain("audited-analyst");
		HttpResponse<String> csv = send(admin, get("/api/audit?action=user.create&format=csv"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("时间", "audited-analyst");
		Client analyst = script(TestAccounts.ANALYST, TestAccounts.PASSWORD);
		assertThat(send(analyst, get("/audit")).statusCode()).isEqualTo(403);
		assertThat(send(analyst, get("/api/audit")).statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> signIn(Client browser, String username, String password) throws Exception {
		String token = csrf(send(browser, get("/login")));
		HttpResponse<String> response = send(browser,
				post("/login", Map.of("username", username, "password", password, "_csrf", token)));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
		return response;
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("CSRF meta tag in %s", page.uri()).isTrue();
		return matcher.group(1);
	}

	/** A browser: cookies kept, no credentials of its own. */
	private static Client browser() {
		return new Client(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), null);
	}

	/** A script: no cookies, its credentials on every request. */
	private static Client script(String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Client(HttpClient.newHttpClient(), "Basic " + credentials);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpRequest.Builder post(String path, Map<String, String> form) {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest.Builder json(String method, String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(Client client, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		if (client.authorization() != null) {
			request.header("Authorization", client.authorization());
		}
		return client.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** An HTTP client and the Authorization header it sends, if any. */
	private record Client(HttpClient http, String authorization) {

	}

}
