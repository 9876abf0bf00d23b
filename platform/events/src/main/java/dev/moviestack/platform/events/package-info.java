/**
 * The envelope every MovieStack domain event shares: CloudEvents attributes carried both
 * in the payload and as Kafka headers.
 */
@NullMarked
package dev.moviestack.platform.events;

import org.jspecify.annotations.NullMarked;
