package dev.moviestack.catalog;

import dev.moviestack.catalog.movie.MovieCatalog;
import dev.moviestack.platform.service.security.ResourceServerAutoConfiguration;
import dev.moviestack.platform.service.web.ServletWebAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Base of the web slice tests: every controller with the real security rules, the
 * platform's problem responses, body limit and JWT validation against the test issuer
 * ({@link TestTokens}), and a mocked {@link MovieCatalog}. All subclasses share one
 * cached context.
 */
@WebMvcTest
@ImportAutoConfiguration({ ServletWebAutoConfiguration.class, ResourceServerAutoConfiguration.class })
@Import(WebSecurityConfiguration.class)
public abstract class WebSliceTest {

	@Autowired
	protected MockMvcTester mvc;

	@MockitoBean
	protected MovieCatalog catalog;

	@DynamicPropertySource
	static void tokensFromTestIssuer(DynamicPropertyRegistry registry) {
		TestTokens.register(registry);
	}

	protected static String admin() {
		return TestTokens.admin();
	}

	protected static String user() {
		return TestTokens.user();
	}

}
