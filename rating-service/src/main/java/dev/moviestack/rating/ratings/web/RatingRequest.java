package dev.moviestack.rating.ratings.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Body of {@code PUT /api/movies/{movieId}/rating}: {@code {"stars": 4.5}}. */
public record RatingRequest(@NotNull @HalfStars @Nullable BigDecimal stars) {

}
