import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the rating events of imported pseudo-users that reached a topic after a snapshot
 * of its end offsets. Run with kafka-clients on the class path (single-file source mode):
 *
 * <pre>
 * java -cp "lib/*" CountEvents.java snapshot BOOTSTRAP TOPIC FILE
 * java -cp "lib/*" CountEvents.java await BOOTSTRAP TOPIC FILE EXPECTED START_EPOCH_MILLIS TIMEOUT_SECONDS
 * </pre>
 *
 * {@code await} prints the milliseconds from START until the EXPECTED-th event of a
 * {@code movielens:*} user (RatingSubmitted or RatingChanged) was on the topic.
 */
public class CountEvents {

	public static void main(String[] args) throws IOException {
		String mode = args[0];
		String bootstrap = args[1];
		String topic = args[2];
		Path file = Path.of(args[3]);
		try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
			List<TopicPartition> partitions = new ArrayList<>();
			consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
			if (mode.equals("snapshot")) {
				Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
				StringBuilder text = new StringBuilder();
				ends.forEach((partition, offset) -> text.append(partition.partition()).append('=').append(offset).append('\n'));
				Files.writeString(file, text);
				return;
			}
			long expected = Long.parseLong(args[4]);
			long start = Long.parseLong(args[5]);
			long deadline = System.currentTimeMillis() + Long.parseLong(args[6]) * 1000;
			consumer.assign(partitions);
			for (String line : Files.readAllLines(file)) {
				String[] parts = line.split("=");
				consumer.seek(new TopicPartition(topic, Integer.parseInt(parts[0])), Long.parseLong(parts[1]));
			}
			long count = 0;
			long lastSeen = 0;
			while (System.currentTimeMillis() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					String value = new String(record.value(), StandardCharsets.UTF_8);
					if (value.contains("\"userId\":\"movielens:") && (value.contains("\"type\":\"RatingSubmitted\"")
							|| value.contains("\"type\":\"RatingChanged\""))) {
						count++;
						lastSeen = Math.max(lastSeen, record.timestamp());
					}
				}
				if (count >= expected) {
					System.out.println("events=" + count + " last_event_ms=" + (lastSeen - start));
					return;
				}
			}
			System.out.println("events=" + count + " timeout");
			System.exit(1);
		}
	}

	private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
		return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

}
