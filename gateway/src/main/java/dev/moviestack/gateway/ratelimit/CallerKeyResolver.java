package dev.moviestack.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The rate limiter's bucket key: {@code user:<sub>} for a caller with a valid token,
 * otherwise {@code ip:<client address>}. The gateway's routes use it as
 * {@code #{@callerKeyResolver}}.
 */
@Component("callerKeyResolver")
public class CallerKeyResolver implements KeyResolver {

	private final String prefix;

	private final RemoteAddressResolver addresses;

	CallerKeyResolver(RateLimitProperties properties) {
		this.prefix = properties.keyPrefix();
		this.addresses = (properties.trustedProxies() > 0)
				? XForwardedRemoteAddressResolver.maxTrustedIndex(properties.trustedProxies())
				: new RemoteAddressResolver() {
				};
	}

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((principal) -> this.prefix + "user:" + principal.getName())
			.switchIfEmpty(Mono.fromSupplier(() -> addressKey(exchange)));
	}

	/** The key of the client's address, whoever the caller claims to be. */
	public String addressKey(ServerWebExchange exchange) {
		return this.prefix + "ip:" + hostOf(this.addresses.resolve(exchange));
	}

	private static String hostOf(@Nullable InetSocketAddress address) {
		if (address == null) {
			return "unknown";
		}
		return (address.getAddress() != null) ? address.getAddress().getHostAddress() : address.getHostString();
	}

}
