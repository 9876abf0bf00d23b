package dev.moviestack.catalog.movie;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A write would give a movie an external id that another movie holds. Nothing was stored.
 */
public class ExternalIdConflictException extends RuntimeException {

	private final List<Conflict> conflicts;

	ExternalIdConflictException(String message, List<Conflict> conflicts) {
		super(message);
		this.conflicts = List.copyOf(conflicts);
	}

	public List<Conflict> conflicts() {
		return this.conflicts;
	}

	/**
	 * One clashing id.
	 *
	 * @param item index of the batch item, or {@code null} for a single write
	 * @param source which id clashes
	 * @param value the id
	 * @param owner the movie that holds it
	 */
	public record Conflict(@Nullable Integer item, ExternalIdSource source, Object value, UUID owner) {

	}

}
