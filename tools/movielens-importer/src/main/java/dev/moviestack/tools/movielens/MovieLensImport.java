package dev.moviestack.tools.movielens;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.moviestack.tools.movielens.dataset.Dataset;
import dev.moviestack.tools.movielens.platform.KeycloakTokens;
import dev.moviestack.tools.movielens.platform.PlatformClient;
import dev.moviestack.tools.movielens.platform.PlatformException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code movielens-importer [options] DIR}: imports the MovieLens data set in DIR into a
 * running MovieStack. Exit codes: 0 done (bad lines are reported, not fatal), 1 the
 * platform is unreachable or failed, 2 wrong usage or no data set in DIR, 3 the login
 * failed or the account is no admin.
 */
@Command(name = "movielens-importer", mixinStandardHelpOptions = true, version = "movielens-importer 0.1",
		description = "Imports a MovieLens data set (ml-latest[-small], ml-20m/25m, ml-1m, ml-100k) into a running "
				+ "MovieStack through its admin batch APIs. Safe to run again: a second run adds nothing.",
		sortOptions = false)
public final class MovieLensImport implements Callable<Integer> {

	static final int PLATFORM_FAILED = 1;

	static final int USAGE = 2;

	static final int AUTHENTICATION_FAILED = 3;

	@Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
			description = "The MovieLens directory (default: $MOVIELENS_DIR).")
	private @Nullable Path directory;

	@Option(names = "--url", defaultValue = "${env:MOVIESTACK_URL:-http://localhost:8080}",
			description = "Base URL of the platform, normally the gateway (env MOVIESTACK_URL; default: ${DEFAULT-VALUE}).")
	private URI url = URI.create("http://localhost:8080");

	@Option(names = "--catalog-url", defaultValue = "${env:CATALOG_URL}",
			description = "Base URL of catalog-service, to bypass the gateway (env CATALOG_URL; default: --url).")
	private @Nullable URI catalogUrl;

	@Option(names = "--ratings-url", defaultValue = "${env:RATINGS_URL}",
			description = "Base URL of rating-service, to bypass the gateway (env RATINGS_URL; default: --url).")
	private @Nullable URI ratingsUrl;

	@Option(names = "--keycloak-url", defaultValue = "${env:KEYCLOAK_URL:-http://localhost:8180}",
			description = "Keycloak base URL (env KEYCLOAK_URL; default: ${DEFAULT-VALUE}).")
	private URI keycloakUrl = URI.create("http://localhost:8180");

	@Option(names = "--realm", defaultValue = "${env:KEYCLOAK_REALM:-moviestack}",
			description = "Realm (env KEYCLOAK_REALM; default: ${DEFAULT-VALUE}).")
	private String realm = "moviestack";

	@Option(names = "--client-id", defaultValue = "${env:KEYCLOAK_CLIENT_ID:-moviestack-web}",
			description = "Public client for the password grant (env KEYCLOAK_CLIENT_ID; default: ${DEFAULT-VALUE}).")
	private String clientId = "moviestack-web";

	@Option(names = "--username", defaultValue = "${env:MOVIESTACK_ADMIN_USER:-admin}",
			description = "An account with the realm role admin (env MOVIESTACK_ADMIN_USER; default: ${DEFAULT-VALUE}).")
	private String username = "admin";

	@Option(names = "--password", defaultValue = "${env:MOVIESTACK_ADMIN_PASSWORD:-admin-dev-password}",
			description = "Its password (env MOVIESTACK_ADMIN_PASSWORD; default: the dev realm's).")
	private String password = "admin-dev-password";

	@Option(names = "--movie-batch-size", defaultValue = "1000",
			description = "Movies per catalog batch, 1 to 1000 (default: ${DEFAULT-VALUE}).")
	private int movieBatchSize;

	@Option(names = "--rating-batch-size", defaultValue = "5000",
			description = "Ratings per batch, 1 to 5000 (default: ${DEFAULT-VALUE}).")
	private int ratingBatchSize;

	@Option(names = "--concurrency", defaultValue = "3",
			description = "Rating batches in flight at once (default: ${DEFAULT-VALUE}).")
	private int concurrency;

	@Option(names = "--catalog-lag-timeout", defaultValue = "PT5M",
			description = "How long, in all, to wait for rating-service to learn of new movies from the catalog's "
					+ "events before their ratings are reported and skipped (ISO-8601; default: ${DEFAULT-VALUE}).")
	private Duration catalogLagTimeout = Duration.ofMinutes(5);

	@Option(names = "--movies-only", description = "Import the movies only, no ratings.")
	private boolean moviesOnly;

	@Option(names = "--progress", defaultValue = "auto",
			description = "auto (a bar on a terminal, plain lines otherwise), bar or lines (default: ${DEFAULT-VALUE}).")
	private String progressMode = "auto";

	private Duration retryPause = Duration.ofSeconds(2);

	public static void main(String[] args) {
		System.exit(execute(args, System.out, System.err));
	}

	static int execute(String[] args, PrintStream out, PrintStream err) {
		return execute(new MovieLensImport(), args, out, err);
	}

	static int execute(MovieLensImport command, String[] args, PrintStream out, PrintStream err) {
		CommandLine commandLine = new CommandLine(command);
		commandLine.setOut(new java.io.PrintWriter(out, true));
		commandLine.setErr(new java.io.PrintWriter(err, true));
		command.out = out;
		command.err = err;
		return commandLine.execute(args);
	}

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	/** Shortens the pause between retries, for tests. */
	MovieLensImport withRetryPause(Duration pause) {
		this.retryPause = pause;
		return this;
	}

	@Override
	public Integer call() throws IOException {
		Path dir = (this.directory != null) ? this.directory : envDirectory();
		if (dir == null) {
			this.err.println("error: name the MovieLens directory as argument or in MOVIELENS_DIR");
			return USAGE;
		}
		if (!Files.isDirectory(dir)) {
			this.err.println("error: " + dir + " is not a directory");
			return USAGE;
		}
		Dataset dataset = Dataset.detect(dir).orElse(null);
		if (dataset == null) {
			this.err.println("error: " + dir + " holds no MovieLens data set: expected movies.csv + ratings.csv, "
					+ "movies.dat + ratings.dat, or u.item + u.data");
			return USAGE;
		}
		if (this.movieBatchSize < 1 || this.movieBatchSize > 1000 || this.ratingBatchSize < 1
				|| this.ratingBatchSize > 5000 || this.concurrency < 1 || this.concurrency > 16) {
			this.err.println(
					"error: --movie-batch-size must be 1..1000, --rating-batch-size 1..5000, " + "--concurrency 1..16");
			return USAGE;
		}
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		KeycloakTokens tokens = new KeycloakTokens(http, this.keycloakUrl, this.realm, this.clientId, this.username,
				this.password, Clock.systemUTC());
		PlatformClient platform = new PlatformClient(http, (this.catalogUrl != null) ? this.catalogUrl : this.url,
				(this.ratingsUrl != null) ? this.ratingsUrl : this.url, tokens, this.retryPause);
		boolean terminal = switch (this.progressMode) {
			case "bar" -> true;
			case "lines" -> false;
			default -> Progress.stderrIsTerminal();
		};
		Progress progress = new Progress(this.err, terminal, System::nanoTime);
		Importer.Settings settings = new Importer.Settings(this.movieBatchSize, this.ratingBatchSize, this.concurrency,
				this.catalogLagTimeout, Duration.ofMillis(500), this.moviesOnly);
		long started = System.nanoTime();
		this.err.println("Importing " + dataset.format() + " from " + dir);
		try {
			Summary summary = new Importer(dataset, platform, settings, progress).run();
			summary.print(this.out, dataset.format() + " from " + dir, Duration.ofNanos(System.nanoTime() - started));
			return 0;
		}
		catch (PlatformException.AuthenticationFailed ex) {
			this.err.println();
			this.err.println("fatal: " + ex.getMessage());
			return AUTHENTICATION_FAILED;
		}
		catch (PlatformException ex) {
			this.err.println();
			this.err.println("fatal: " + ex.getMessage());
			return PLATFORM_FAILED;
		}
	}

	private static @Nullable Path envDirectory() {
		String value = System.getenv("MOVIELENS_DIR");
		return (value == null || value.isBlank()) ? null : Path.of(value);
	}

}
