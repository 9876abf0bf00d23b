package dev.moviestack.platform.service.outbox;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Resubmits publications that did not complete, for example because Kafka was down at
 * commit time. Modulith only does this on restart; without this job a failed event would
 * wait for the next deployment.
 * <p>
 * By default it resubmits every incomplete publication older than
 * {@code moviestack.outbox.retry-older-than}. That includes publications still waiting in
 * the dispatch queue, which a bulk write can make older than that: they are then sent
 * twice. With {@code moviestack.outbox.resubmit=failed} it resubmits only publications
 * whose send failed (at most {@code moviestack.outbox.max-in-flight} at a time); pair it
 * with {@code spring.modulith.events.staleness.*}, which marks publications stuck in
 * another state as failed.
 */
public class OutboxRetry {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

	private final IncompleteEventPublications publications;

	private final Duration olderThan;

	private final @Nullable FailedEventPublications failed;

	private final ResubmissionOptions failedOptions;

	public OutboxRetry(IncompleteEventPublications publications, Duration olderThan) {
		this(publications, olderThan, null, 1);
	}

	/**
	 * @param publications all incomplete publications
	 * @param olderThan minimum age of a publication to resubmit
	 * @param failed when given, resubmit only failed publications, through this
	 * @param maxInFlight how many resubmitted failed publications may be in flight
	 */
	public OutboxRetry(IncompleteEventPublications publications, Duration olderThan,
			@Nullable FailedEventPublications failed, int maxInFlight) {
		this.publications = publications;
		this.olderThan = olderThan;
		this.failed = failed;
		this.failedOptions = ResubmissionOptions.defaults()
			.withMinAge(olderThan)
			.withMaxInFlight(maxInFlight)
			.withBatchSize(maxInFlight);
	}

	@Scheduled(initialDelayString = "${moviestack.outbox.retry-interval:10s}",
			fixedDelayString = "${moviestack.outbox.retry-interval:10s}")
	public void resubmitIncomplete() {
		try {
			if (this.failed != null) {
				this.failed.resubmit(this.failedOptions);
			}
			else {
				this.publications.resubmitIncompletePublicationsOlderThan(this.olderThan);
			}
		}
		catch (RuntimeException ex) {
			// the next run tries again; the publications stay in the registry
			log.warn("Resubmitting incomplete event publications failed: {}", ex.toString());
		}
	}

}
