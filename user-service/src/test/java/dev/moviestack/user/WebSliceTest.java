package dev.moviestack.user;

import dev.moviestack.platform.service.security.ResourceServerAutoConfiguration;
import dev.moviestack.platform.service.web.ServletWebAutoConfiguration;
import dev.moviestack.platform.test.TestJwtIssuer;
import dev.moviestack.user.account.AccountAdministration;
import dev.moviestack.user.account.AccountRegistration;
import dev.moviestack.user.erasure.AccountErasure;
import dev.moviestack.user.profile.LastSeenTracker;
import dev.moviestack.user.profile.ProfileService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One web slice for every controller test: all controllers with the real security chain
 * (signed test tokens, realm roles), the platform's problem responses and this service's
 * own, and the services mocked. Sharing it keeps it one Spring context.
 */
// the platform's ProblemDetailsAdvice is the app's only ResponseEntityExceptionHandler;
// in a
// slice, Boot's default one would be set up first and take precedence
@WebMvcTest(properties = "spring.mvc.problemdetails.enabled=false")
@Import(WebSecurityConfiguration.class)
@ImportAutoConfiguration({ ServletWebAutoConfiguration.class, ResourceServerAutoConfiguration.class })
public abstract class WebSliceTest {

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected AccountRegistration registration;

	@MockitoBean
	protected AccountAdministration administration;

	@MockitoBean
	protected ProfileService profiles;

	@MockitoBean
	protected AccountErasure erasure;

	@MockitoBean
	protected LastSeenTracker lastSeen;

	@DynamicPropertySource
	static void tokens(DynamicPropertyRegistry registry) {
		registry.add("moviestack.security.issuer-uri", () -> TestJwtIssuer.get().issuer());
		registry.add("moviestack.security.jwk-set-uri", () -> TestJwtIssuer.get().jwkSetUri());
		registry.add("moviestack.security.audience", () -> TestJwtIssuer.AUDIENCE);
	}

	protected static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	protected static String userToken(String subject) {
		return TestJwtIssuer.get().userToken(subject);
	}

	protected static String adminToken(String subject) {
		return TestJwtIssuer.get().token(subject, "user", "admin");
	}

}
