/**
 * Bulk publication through the outbox: the events of one bulk write travel as one
 * publication in Spring Modulith's registry and fan out to Kafka after commit.
 */
@NullMarked
package dev.moviestack.rating.ratings.outbox;

import org.jspecify.annotations.NullMarked;
