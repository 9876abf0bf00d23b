package dev.moviestack.gateway.docs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code /docs}: Redoc over the OpenAPI of every service (the page lists the specs from
 * springdoc's Swagger UI configuration, so both UIs show the same services). Its script
 * and Redoc's bundle are static resources under {@code /docs/}.
 */
@Configuration(proxyBeanMethods = false)
class DocsConfiguration {

	@Bean
	RouterFunction<ServerResponse> docsPage() {
		Resource page = new ClassPathResource("static/docs/index.html");
		return RouterFunctions.route(RequestPredicates.GET("/docs").or(RequestPredicates.GET("/docs/")),
				(request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page));
	}

}
