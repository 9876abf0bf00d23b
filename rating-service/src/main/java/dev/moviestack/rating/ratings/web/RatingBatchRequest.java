package dev.moviestack.rating.ratings.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.moviestack.rating.ratings.domain.ImportedUsers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/ratings/batch}: ratings of imported pseudo-users, written all
 * or nothing.
 */
public record RatingBatchRequest(@NotNull @Size(min = 1, max = MAX_ITEMS) @Nullable List<@NotNull @Valid Item> items) {

	public static final int MAX_ITEMS = 5000;

	public record Item(
			@NotNull @Pattern(regexp = ImportedUsers.PATTERN,
					message = "must be an imported pseudo-user (" + ImportedUsers.PREFIX
							+ "<id>)") @Nullable String userId,
			@NotNull @Nullable UUID movieId, @NotNull @HalfStars @Nullable BigDecimal stars,
			@NotNull @PastOrPresent @Nullable Instant ratedAt) {

	}

}
