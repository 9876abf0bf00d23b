package dev.moviestack.platform.service.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Resubmits publications that did not complete, for example because Kafka was down at
 * commit time. Modulith only does this on restart; without this job a failed event would
 * wait for the next deployment.
 */
public class OutboxRetry {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

	private final IncompleteEventPublications publications;

	private final Duration olderThan;

	public OutboxRetry(IncompleteEventPublications publications, Duration olderThan) {
		this.publications = publications;
		this.olderThan = olderThan;
	}

	@Scheduled(initialDelayString = "${moviestack.outbox.retry-interval:10s}",
			fixedDelayString = "${moviestack.outbox.retry-interval:10s}")
	public void resubmitIncomplete() {
		try {
			this.publications.resubmitIncompletePublicationsOlderThan(this.olderThan);
		}
		catch (RuntimeException ex) {
			// the next run tries again; the publications stay in the registry
			log.warn("Resubmitting incomplete event publications failed: {}", ex.toString());
		}
	}

}
