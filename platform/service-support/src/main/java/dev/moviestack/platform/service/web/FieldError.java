package dev.moviestack.platform.service.web;

import org.jspecify.annotations.Nullable;

/**
 * One invalid input in a problem's {@code errors} array. {@code field} is a JSON path
 * ({@code items[3].title}) or a parameter name.
 */
public record FieldError(String field, String message, @Nullable Object rejectedValue) {

}
