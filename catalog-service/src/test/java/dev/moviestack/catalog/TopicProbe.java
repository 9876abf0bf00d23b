package dev.moviestack.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic with a consumer group of its own, from the end of the topic as it was
 * when the probe was made (or from the beginning), so that a test sees only what it
 * caused.
 */
public final class TopicProbe implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private TopicProbe(String bootstrapServers, String topic, boolean fromBeginning) {
		ensureTopic(bootstrapServers, topic);
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"catalog-test-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = this.consumer.partitionsFor(topic, Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		this.consumer.assign(partitions);
		if (fromBeginning) {
			this.consumer.seekToBeginning(partitions);
		}
		else {
			this.consumer.seekToEnd(partitions);
		}
		// resolve the positions now, before the test publishes anything
		partitions.forEach(this.consumer::position);
	}

	/** A probe that sees only records published after this call. */
	public static TopicProbe fromNow(String bootstrapServers, String topic) {
		return new TopicProbe(bootstrapServers, topic, false);
	}

	public static TopicProbe fromBeginning(String bootstrapServers, String topic) {
		return new TopicProbe(bootstrapServers, topic, true);
	}

	/**
	 * Polls until {@code count} matching records arrived.
	 * @param atMost how long to wait before failing, so that a broken test ends
	 */
	public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> matching, int count,
			Duration atMost) {
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		Instant deadline = Instant.now().plus(atMost);
		while (found.size() < count && Instant.now().isBefore(deadline)) {
			this.consumer.poll(Duration.ofMillis(250)).forEach((record) -> {
				if (matching.test(record)) {
					found.add(record);
				}
			});
		}
		if (found.size() < count) {
			throw new AssertionError("Expected " + count + " matching records within " + atMost + ", got "
					+ found.size() + ": " + found);
		}
		return found;
	}

	/** Every matching record that arrives within {@code window}. */
	public List<ConsumerRecord<String, String>> pollFor(Predicate<ConsumerRecord<String, String>> matching,
			Duration window) {
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		Instant end = Instant.now().plus(window);
		while (Instant.now().isBefore(end)) {
			this.consumer.poll(Duration.ofMillis(250)).forEach((record) -> {
				if (matching.test(record)) {
					found.add(record);
				}
			});
		}
		return found;
	}

	/** Records whose key is one of {@code keys}. */
	public static Predicate<ConsumerRecord<String, String>> keyIn(Set<String> keys) {
		return (record) -> keys.contains(record.key());
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ofSeconds(5));
	}

	private static void ensureTopic(String bootstrapServers, String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Cannot create topic " + topic, ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
