package cn.jixiao.portal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every controller mapping has an explicit access rule here, and the filter chain grants
 * exactly that to nobody, an analyst and an administrator: a new endpoint fails this test
 * until it is given a rule, and a rule that lets the wrong role through fails it too.
 */
class AccessRulesTest extends SeededPortalTest {

	/** Who may call an endpoint. */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in user. */
		SIGNED_IN,
		/** Analysts and administrators (today's roles both draft). */
		ANALYST,
		/** Administrators only. */
		ADMIN

	}

	private static final Map<String, Access> RULES = new TreeMap<>(Map.ofEntries(Map.entry("GET /", Access.SIGNED_IN),
			Map.entry("GET /login", Access.PUBLIC), Map.entry("GET /error", Access.PUBLIC),
			Map.entry("POST /error", Access.PUBLIC), Map.entry("GET /account/password", Access.SIGNED_IN),
			Map.entry("POST /account/password", Access.SIGNED_IN), Map.entry("GET /search", Access.SIGNED_IN),
			Map.entry("GET /api/search", Access.SIGNED_IN), Map.entry("GET /api/search/export", Access.SIGNED_IN),
			Map.entry("GET /api/search/suggest", Access.SIGNED_IN),
			Map.entry("GET /api/search/synonyms", Access.SIGNED_IN),
			Map.entry("PUT /api/search/synonyms", Access.ADMIN), Map.entry("GET /compare", Access.SIGNED_IN),
			Map.entry("GET /compare/lineage", Access.SIGNED_IN), Map.entry("GET /compare/years", Access.SIGNED_IN),
			Map.entry("GET /api/compare/organisations", Access.SIGNED_IN),
			Map.entry("GET /api/compare/budgets", Access.SIGNED_IN),
			Map.entry("GET /api/compare/departments", Access.SIGNED_IN),
			Map.entry("GET /api/compare/projects", Access.SIGNED_IN),
			Map.entry("GET /api/compare/lineage", Access.SIGNED_IN),
			Map.entry("GET /api/compare/years", Access.SIGNED_IN),
			Map.entry("POST /api/compare/decisions", Access.ADMIN), Map.entry("GET /library", Access.SIGNED_IN),
			Map.entry("GET /library/indicator", Access.SIGNED_IN), Map.entry("GET /api/library", Access.SIGNED_IN),
			Map.entry("GET /api/library/export", Access.SIGNED_IN),
			Map.entry("GET /api/library/indicator", Access.SIGNED_IN),
			Map.entry("GET /api/library/indicator/export", Access.SIGNED_IN),
			Map.entry("GET /api/library/filters", Access.SIGNED_IN), Map.entry("GET /execution", Access.SIGNED_IN),
			Map.entry("GET /execution/{filingId}", Access.SIGNED_IN), Map.entry("GET /api/execution", Access.SIGNED_IN),
			Map.entry("GET /api/execution/export", Access.SIGNED_IN),
			Map.entry("GET /api/execution/{filingId}", Access.SIGNED_IN),
			Map.entry("GET /api/execution/{filingId}/export", Access.SIGNED_IN),
			Map.entry("GET /filings/{id}", Access.SIGNED_IN), Map.entry("GET /sources/{fileName}", Access.SIGNED_IN),
			Map.entry("GET /api/filings/{id}", Access.SIGNED_IN),
			Map.entry("GET /api/filings/{id}/export", Access.SIGNED_IN),
			Map.entry("GET /api/sources/{fileName}", Access.SIGNED_IN), Map.entry("GET /drafting", Access.SIGNED_IN),
			Map.entry("GET /api/drafting/choices", Access.SIGNED_IN),
			Map.entry("GET /api/drafting/projects", Access.SIGNED_IN),
			Map.entry("POST /api/drafting/suggestions", Access.ANALYST),
			Map.entry("POST /api/drafting/review", Access.ANALYST), Map.entry("GET /api/drafts", Access.SIGNED_IN),
			Map.entry("POST /api/drafts", Access.ANALYST), Map.entry("GET /api/drafts/{id}", Access.SIGNED_IN),
			Map.entry("PUT /api/drafts/{id}", Access.ANALYST), Map.entry("DELETE /api/drafts/{id}", Access.ANALYST),
			Map.entry("GET /api/drafts/{id}/export", Access.SIGNED_IN), Map.entry("GET /import", Access.ADMIN),
			Map.entry("POST /api/import", Access.ADMIN), Map.entry("GET /api/import/recent", Access.ADMIN),
			Map.entry("GET /review", Access.SIGNED_IN), Map.entry("GET /users", Access.ADMIN),
			Map.entry("POST /users", Access.ADMIN), Map.entry("POST /users/{username}/role", Access.ADMIN),
			Map.entry("POST /users/{username}/enabled", Access.ADMIN),
			Map.entry("POST /users/{username}/password", Access.ADMIN), Map.entry("GET /audit", Access.ADMIN),
			Map.entry("GET /api/audit", Access.ADMIN), Map.entry("GET /api/review/rules", Access.SIGNED_IN),
			Map.entry("GET /api/review/summary", Access.SIGNED_IN),
			Map.entry("GET /api/review/summary/export", Access.SIGNED_IN),
			Map.entry("GET /swagger-ui.html", Access.SIGNED_IN), Map.entry("GET /v3/api-docs", Access.SIGNED_IN),
			Map.entry("GET /v3/api-docs.yaml", Access.SIGNED_IN),
			Map.entry("GET /v3/api-docs/swagger-config", Access.SIGNED_IN)));

	private static final Authentication NOBODY = new AnonymousAuthenticationToken("key", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private static final Authentication ANALYST = UsernamePasswordAuthenticationToken.authenticated("analyst", null,
			AuthorityUtils.createAuthorityList("ROLE_ANALYST"));

	private static final Authentication ADMIN = UsernamePasswordAuthenticationToken.authenticated("admin", null,
			AuthorityUtils.createAuthorityList("ROLE_ADMIN"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private SecurityFilterChain chain;

	@Test
	void everyMappingHasAnExplicitRule() {
		assertThat(endpoints()).as("controller mappings without a rule in AccessRulesTest.RULES")
			.isSubsetOf(RULES.keySet());
		assertThat(RULES.keySet()).as("rules for mappings that no longer exist").isSubsetOf(endpoints());
	}

	@Test
	void eachRoleGetsExactlyWhatItsRuleSays() {
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints()) {
			Access access = RULES.get(endpoint);
			if (access == null) {
				continue;
			}
			check(wrong, endpoint, "nobody", NOBODY, access == Access.PUBLIC);
			check(wrong, endpoint, "analyst", ANALYST, access != Access.ADMIN);
			check(wrong, endpoint, "admin", ADMIN, true);
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void methodsNoControllerAnswersAreRefusedEvenToAdministrators() {
		assertThat(granted(ADMIN, "PATCH", "/api/drafts/1")).isFalse();
		assertThat(granted(ADMIN, "POST", "/api/search")).isFalse();
		assertThat(granted(ADMIN, "PUT", "/api/compare/decisions")).isFalse();
	}

	private void check(List<String> wrong, String endpoint, String who, Authentication authentication,
			boolean expected) {
		String[] parts = endpoint.split(" ", 2);
		String path = parts[1].replaceAll("\\{[^}]+}", "1");
		if (granted(authentication, parts[0], path) != expected) {
			wrong.add(endpoint + " for " + who + ": expected " + (expected ? "granted" : "refused"));
		}
	}

	private boolean granted(Authentication authentication, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setServletPath(path);
		AuthorizationResult result = authorizationManager().authorize(() -> authentication, request);
		return result != null && result.isGranted();
	}

	@SuppressWarnings("unchecked")
	private AuthorizationManager<jakarta.servlet.http.HttpServletRequest> authorizationManager() {
		return this.chain.getFilters()
			.stream()
			.filter(AuthorizationFilter.class::isInstance)
			.map((filter) -> ((AuthorizationFilter) filter).getAuthorizationManager())
			.findFirst()
			.orElseThrow();
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("GET " + pattern);
					endpoints.add("POST " + pattern);
				}
				methods.forEach((method) -> endpoints.add(method.name() + " " + pattern));
			}
		}
		return endpoints;
	}

}
