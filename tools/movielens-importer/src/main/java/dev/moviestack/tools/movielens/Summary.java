package dev.moviestack.tools.movielens;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** What an import did; printed at the end. */
final class Summary {

	final AtomicLong moviesRead = new AtomicLong();

	final AtomicLong moviesCreated = new AtomicLong();

	final AtomicLong moviesExisting = new AtomicLong();

	final AtomicLong moviesSkipped = new AtomicLong();

	final AtomicLong ratingsRead = new AtomicLong();

	final AtomicLong ratingsCreated = new AtomicLong();

	final AtomicLong ratingsReplaced = new AtomicLong();

	final AtomicLong ratingsUnchanged = new AtomicLong();

	final AtomicLong ratingsSkipped = new AtomicLong();

	final AtomicLong errors = new AtomicLong();

	long ratingsWritten() {
		return this.ratingsCreated.get() + this.ratingsReplaced.get();
	}

	void print(PrintStream out, String dataset, Duration took) {
		out.printf(Locale.ROOT, "Imported %s in %.1f s%n", dataset, took.toMillis() / 1000.0);
		out.printf(Locale.ROOT, "  movies:  %,d created, %,d existing, %,d skipped%n", this.moviesCreated.get(),
				this.moviesExisting.get(), this.moviesSkipped.get());
		out.printf(Locale.ROOT, "  ratings: %,d written (%,d new, %,d replaced), %,d unchanged, %,d skipped%n",
				ratingsWritten(), this.ratingsCreated.get(), this.ratingsReplaced.get(), this.ratingsUnchanged.get(),
				this.ratingsSkipped.get());
		out.printf(Locale.ROOT, "  errors:  %,d (each listed above as file:line: reason)%n", this.errors.get());
	}

}
