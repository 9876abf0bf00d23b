package dev.moviestack.platform.test;

/**
 * Addresses of the test stack. The defaults are the ports {@code make test} starts the
 * stack on ({@code infra/stack} with the test profile); each can be overridden by the
 * same environment variable the services read.
 */
public final class TestInfrastructure {

	private TestInfrastructure() {
	}

	public static String postgresUrl() {
		return env("MOVIESTACK_PG_URL", "jdbc:postgresql://127.0.0.1:55433");
	}

	public static String postgresAdminUser() {
		return env("MOVIESTACK_PG_ADMIN_USER", "postgres");
	}

	public static String kafkaBootstrapServers() {
		return env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
	}

	public static String elasticsearchUris() {
		return env("ELASTICSEARCH_URIS", "http://127.0.0.1:19200");
	}

	public static String keycloakUrl() {
		return env("KEYCLOAK_URL", "http://localhost:18180");
	}

	public static String redisHost() {
		return env("REDIS_HOST", "127.0.0.1");
	}

	public static int redisPort() {
		return Integer.parseInt(env("REDIS_PORT", "16379"));
	}

	public static String smtpHost() {
		return env("SMTP_HOST", "127.0.0.1");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
