package dev.moviestack.user.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.moviestack.contract.user.UserEvent;
import dev.moviestack.platform.test.TestInfrastructure;

/**
 * Reads {@value UserEvent#TOPIC} from the moment it is opened, the way another service
 * would: no consumer group, all partitions, so it sees what the test then makes happen.
 */
public final class UserTopicProbe implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private UserTopicProbe(KafkaConsumer<String, String> consumer) {
		this.consumer = consumer;
	}

	public static UserTopicProbe openAtEnd() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer());
		List<TopicPartition> partitions = consumer.partitionsFor(UserEvent.TOPIC, Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		// resolve the end offsets now, before the test publishes anything
		partitions.forEach(consumer::position);
		return new UserTopicProbe(consumer);
	}

	/** The first record with this key whose payload has the given {@code type}. */
	public ConsumerRecord<String, String> await(String key, String type, Duration timeout) {
		Predicate<ConsumerRecord<String, String>> match = (record) -> key.equals(record.key()) && record.value() != null
				&& record.value().contains("\"type\":\"" + type + "\"");
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(200))) {
				if (match.test(record)) {
					return record;
				}
			}
		}
		throw new AssertionError("No " + type + " for " + key + " on " + UserEvent.TOPIC + " within " + timeout);
	}

	public static Map<String, String> headers(ConsumerRecord<String, String> record) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		return headers;
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
