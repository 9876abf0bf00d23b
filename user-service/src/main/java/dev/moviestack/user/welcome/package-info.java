/**
 * The welcome e-mail: exactly one per account, sent when {@code UserRegistered} is
 * consumed from Kafka.
 */
@NullMarked
package dev.moviestack.user.welcome;

import org.jspecify.annotations.NullMarked;
