package dev.moviestack.rating;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.moviestack.platform.test.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

import org.awaitility.Awaitility;

/**
 * Reads what the service published to a topic from the moment the probe was opened,
 * decoded into the contract type as a consumer would. Tests filter by their own ids,
 * since the test stack's topics are shared.
 */
final class TopicProbe<T> implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final JsonMapper json;

	private final Class<T> type;

	private final List<Received<T>> received = new ArrayList<>();

	/** A record as it arrived: key, decoded value and CloudEvents type header. */
	record Received<T>(String key, T value, String cloudEventType) {

	}

	private TopicProbe(String topic, Class<T> type, JsonMapper json) {
		this.type = type;
		this.json = json;
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
						ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, true),
				new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = new ArrayList<>();
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !this.consumer.partitionsFor(topic, Duration.ofSeconds(5)).isEmpty());
		this.consumer.partitionsFor(topic)
			.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		partitions.forEach(this.consumer::position);
	}

	static <T> TopicProbe<T> open(String topic, Class<T> type, JsonMapper json) {
		return new TopicProbe<>(topic, type, json);
	}

	/**
	 * Waits until {@code count} matching records arrived, and returns all matching ones.
	 */
	List<Received<T>> await(Predicate<T> filter, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			poll();
			return matching(filter).size() >= count;
		});
		return matching(filter);
	}

	/** Every matching record that arrived up to now, after a last short poll. */
	List<Received<T>> matchingNow(Predicate<T> filter) {
		poll();
		return matching(filter);
	}

	private List<Received<T>> matching(Predicate<T> filter) {
		return this.received.stream().filter((record) -> filter.test(record.value())).toList();
	}

	private void poll() {
		for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(500))) {
			var typeHeader = record.headers().lastHeader("ce_type");
			this.received.add(new Received<>(record.key(), this.json.readValue(record.value(), this.type),
					(typeHeader != null) ? new String(typeHeader.value()) : ""));
		}
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
