package dev.moviestack.user.erasure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Finishes erasures whose Keycloak account could not be deleted at once. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ErasureRetry {

	private static final Logger log = LoggerFactory.getLogger(ErasureRetry.class);

	private final AccountErasure erasure;

	ErasureRetry(AccountErasure erasure) {
		this.erasure = erasure;
	}

	@Scheduled(initialDelayString = "${moviestack.erasure.retry-interval:30s}",
			fixedDelayString = "${moviestack.erasure.retry-interval:30s}")
	void retry() {
		try {
			this.erasure.retryPendingLogins();
		}
		catch (RuntimeException ex) {
			log.warn("Retrying pending erasures failed: {}", ex.toString());
		}
	}

}
