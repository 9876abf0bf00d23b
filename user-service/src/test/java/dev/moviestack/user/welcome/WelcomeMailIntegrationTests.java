package dev.moviestack.user.welcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import dev.moviestack.contract.user.UserEvent;
import dev.moviestack.contract.user.UserRegistered;
import dev.moviestack.platform.test.TestInfrastructure;
import dev.moviestack.user.UserServiceIntegrationTest;
import dev.moviestack.user.erasure.AccountErasure;
import dev.moviestack.user.profile.ProfileService;
import dev.moviestack.user.support.TestMailServer;
import dev.moviestack.user.welcome.WelcomeMails.Outcome;
import dev.moviestack.user.welcome.persistence.WelcomeMailLedger;
import dev.moviestack.user.welcome.smtp.WelcomeMailer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** Exactly one welcome e-mail per account, on a real SMTP server, database and broker. */
class WelcomeMailIntegrationTests extends UserServiceIntegrationTest {

	@Autowired
	private WelcomeMails mails;

	@Autowired
	private WelcomeMailLedger ledger;

	@Autowired
	private ProfileService profiles;

	@Autowired
	private JavaMailSender sender;

	@Autowired
	private WelcomeMailProperties properties;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private AccountErasure erasure;

	@Test
	void theSameEventDeliveredTwiceSendsOneMail() throws Exception {
		UserRegistered twice = UserRegistered.of(profile(), "twice", address(), "Twice");
		UserRegistered after = UserRegistered.of(profile(), "after", address(), "After");

		try (KafkaProducer<String, byte[]> producer = producer()) {
			// one partition, so the consumer handles them in this order
			producer.send(new ProducerRecord<>(UserEvent.TOPIC, 0, twice.userId(), json(twice))).get();
			producer.send(new ProducerRecord<>(UserEvent.TOPIC, 0, twice.userId(), json(twice))).get();
			producer.send(new ProducerRecord<>(UserEvent.TOPIC, 0, after.userId(), json(after))).get();
		}

		// the last event's mail means both copies of the first were handled before
		await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(after.email()).size() == 1);
		assertThat(TestMailServer.messagesTo(twice.email())).hasSize(1);
	}

	@Test
	void concurrentDeliveriesSendOneMail() throws Exception {
		UserRegistered user = UserRegistered.of(profile(), "racer", address(), "Racer");
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<Outcome> deliver = () -> {
			start.await();
			return this.mails.welcome(user);
		};

		List<Outcome> outcomes;
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<Outcome>> results = pool.invokeAll(List.of(deliver, deliver));
			outcomes = results.stream().map(WelcomeMailIntegrationTests::outcome).toList();
		}

		assertThat(outcomes).containsExactlyInAnyOrder(Outcome.SENT, Outcome.ALREADY_SENT);
		assertThat(TestMailServer.messagesTo(user.email())).hasSize(1);
	}

	@Test
	void aFailedSendIsNotRecordedSoTheNextDeliverySends() {
		UserRegistered user = UserRegistered.of(profile(), "unlucky", address(), "Unlucky");
		WelcomeMailer smtpDown = new WelcomeMailer(this.sender, this.properties) {
			@Override
			public void send(UserRegistered registered) {
				throw new MailSendException("SMTP server down");
			}
		};
		WelcomeMails failing = new WelcomeMails(this.ledger, smtpDown, this.profiles, Clock.systemUTC());
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> transaction.execute((status) -> failing.welcome(user)));
		assertThat(this.ledger.isSent(user.userId())).isFalse();

		assertThat(this.mails.welcome(user)).isEqualTo(Outcome.SENT);
		assertThat(this.ledger.isSent(user.userId())).isTrue();
		assertThat(TestMailServer.messagesTo(user.email())).hasSize(1);
	}

	@Test
	void anErasureDuringASendWaitsAndThenDeletesTheRecordOfTheMail() throws Exception {
		String id = profile();
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			// a welcome mail in flight: profile held, mail claimed, not yet committed
			Future<?> sending = pool.submit(() -> transaction.executeWithoutResult((status) -> {
				assertThat(this.profiles.existsAndHold(id)).isTrue();
				assertThat(this.ledger.claim(id, UUID.randomUUID(), Instant.now())).isTrue();
				claimed.countDown();
				waitFor(release);
			}));
			claimed.await();
			Future<?> erasing = pool.submit(() -> this.erasure.erase(id));
			await().atMost(Duration.ofSeconds(30)).until(this::aSessionWaitsForALock);
			release.countDown();
			sending.get();
			erasing.get();
		}
		assertThat(this.ledger.isSent(id)).isFalse();
		assertThat(this.profiles.exists(id)).isFalse();
	}

	@Test
	void anEventOfAnAccountWithoutAProfileSendsNothing() {
		UserRegistered stranger = UserRegistered.of(UUID.randomUUID().toString(), "stranger", address(), "Stranger");

		assertThat(this.mails.welcome(stranger)).isEqualTo(Outcome.NO_PROFILE);
		assertThat(this.ledger.isSent(stranger.userId())).isFalse();
		assertThat(TestMailServer.messagesTo(stranger.email())).isEmpty();
	}

	private String profile() {
		String id = UUID.randomUUID().toString();
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.profiles.register(id, "mail-" + id, address(), "Mail Test"));
		return id;
	}

	private static String address() {
		return "welcome-" + UUID.randomUUID() + "@example.test";
	}

	private byte[] json(UserRegistered event) {
		return this.json.writerFor(UserEvent.class).writeValueAsBytes(event);
	}

	private static KafkaProducer<String, byte[]> producer() {
		return new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
				new StringSerializer(), new ByteArraySerializer());
	}

	private boolean aSessionWaitsForALock() {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM pg_stat_activity
				               WHERE datname = current_database() AND wait_event_type = 'Lock')""")
			.query(Boolean.class)
			.single();
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Outcome outcome(Future<Outcome> result) {
		try {
			return result.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
