package dev.moviestack.catalog.movie;

import java.time.Clock;
import java.time.Year;

/**
 * Which release years a movie may have: from the first motion pictures to a few years
 * ahead, for announced films. The upper bound moves with the calendar.
 */
public final class ReleaseYears {

	/** The year of the earliest surviving motion pictures, give or take. */
	public static final int EARLIEST = 1870;

	/** How far ahead an announced film may be dated. */
	public static final int YEARS_AHEAD = 5;

	private ReleaseYears() {
	}

	public static int latest(Clock clock) {
		return Year.now(clock).getValue() + 1 + YEARS_AHEAD;
	}

	public static boolean isValid(int year, Clock clock) {
		return year >= EARLIEST && year <= latest(clock);
	}

}
