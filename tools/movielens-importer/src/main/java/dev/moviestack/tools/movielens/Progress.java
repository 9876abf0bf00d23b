package dev.moviestack.tools.movielens;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of one phase on stderr: a bar redrawn in place with rate and ETA on a
 * terminal, or a plain line every few seconds when the output goes to a file or a pipe.
 */
final class Progress {

	private static final int WIDTH = 30;

	private static final long PLAIN_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

	private static final long BAR_INTERVAL_NANOS = Duration.ofMillis(200).toNanos();

	private final PrintStream out;

	private final boolean terminal;

	private final LongSupplier nanoTime;

	private String label = "";

	private String unit = "";

	private long total;

	private long done;

	private long started;

	private long lastDrawn;

	private boolean barShown;

	Progress(PrintStream out, boolean terminal, LongSupplier nanoTime) {
		this.out = out;
		this.terminal = terminal;
		this.nanoTime = nanoTime;
	}

	/**
	 * Whether stderr is a terminal: needs JDK 22's Console.isTerminal, else assumes not.
	 */
	static boolean stderrIsTerminal() {
		java.io.Console console = System.console();
		if (console == null || System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"))) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

	synchronized void start(String label, String unit, long total) {
		this.label = label;
		this.unit = unit;
		this.total = total;
		this.done = 0;
		this.started = this.nanoTime.getAsLong();
		this.lastDrawn = this.started;
		if (!this.terminal) {
			this.out.printf(Locale.ROOT, "%s: %,d %s to go%n", label, total, unit);
		}
	}

	synchronized void advance(long count) {
		this.done += count;
		long now = this.nanoTime.getAsLong();
		if (now - this.lastDrawn >= (this.terminal ? BAR_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
			this.lastDrawn = now;
			draw(now);
		}
	}

	/** Prints a message (an error line) without tearing the bar. */
	synchronized void message(String line) {
		if (this.terminal && this.barShown) {
			this.out.print("\r\033[K");
		}
		this.out.println(line);
		if (this.terminal && this.barShown) {
			draw(this.nanoTime.getAsLong());
		}
	}

	synchronized void finish() {
		long now = this.nanoTime.getAsLong();
		draw(now);
		if (this.terminal) {
			this.out.println();
		}
		this.barShown = false;
	}

	synchronized String line(long now) {
		double seconds = Math.max(1e-9, (now - this.started) / 1e9);
		double rate = this.done / seconds;
		long remaining = Math.max(0, this.total - this.done);
		String eta = (rate > 0) ? clock((long) (remaining / rate)) : "--:--";
		int percent = (this.total > 0) ? (int) Math.min(100, this.done * 100 / this.total) : 100;
		if (!this.terminal) {
			return String.format(Locale.ROOT, "%s: %,d/%,d %s (%d%%), %,.0f/s, ETA %s", this.label, this.done,
					this.total, this.unit, percent, rate, eta);
		}
		int filled = percent * WIDTH / 100;
		return String.format(Locale.ROOT, "%-8s [%s%s] %3d%% %,d/%,d %s  %,.0f/s  ETA %s", this.label,
				"#".repeat(filled), ".".repeat(WIDTH - filled), percent, this.done, this.total, this.unit, rate, eta);
	}

	private void draw(long now) {
		if (this.terminal) {
			this.out.print("\r\033[K" + line(now));
			this.barShown = true;
		}
		else {
			this.out.println(line(now));
		}
		this.out.flush();
	}

	private static String clock(long seconds) {
		return (seconds >= 3600)
				? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
				: String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
	}

}
