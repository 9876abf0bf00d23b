package dev.moviestack.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own on the real test PostgreSQL server, created on demand and dropped
 * when the JVM exits, so that test classes never see each other's rows.
 */
public final class FreshPostgresDatabase {

	private final String name;

	private FreshPostgresDatabase(String name) {
		this.name = name;
	}

	public static FreshPostgresDatabase create(String prefix) {
		return create(prefix, true);
	}

	/**
	 * Creates a database.
	 * @param prefix part of the name, for people who look at the server
	 * @param dropAtJvmExit whether a JVM shutdown hook drops it; pass {@code false} when
	 * the owner drops it itself, for example when its Spring context closes: a hook of
	 * its own would race with the context's shutdown, which may still use the database
	 * @return the new database
	 */
	public static FreshPostgresDatabase create(String prefix, boolean dropAtJvmExit) {
		String name = ("t_" + prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]", "_");
		execute("CREATE DATABASE " + name);
		FreshPostgresDatabase database = new FreshPostgresDatabase(name);
		if (dropAtJvmExit) {
			Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + name));
		}
		return database;
	}

	public String name() {
		return this.name;
	}

	public String jdbcUrl() {
		return TestInfrastructure.postgresUrl() + "/" + this.name;
	}

	public String username() {
		return TestInfrastructure.postgresAdminUser();
	}

	public String password() {
		return "";
	}

	public void drop() {
		try {
			execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
		catch (IllegalStateException ex) {
			// the server may already be gone at JVM exit; the stack's data dir is
			// throw-away
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(TestInfrastructure.postgresUrl() + "/postgres",
				TestInfrastructure.postgresAdminUser(), ""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL of the test stack is not reachable at "
					+ TestInfrastructure.postgresUrl() + " (start it with: infra/stack up, see README): " + sql, ex);
		}
	}

}
