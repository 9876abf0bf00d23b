/**
 * Published language of catalog-service: the events on {@value MovieEvent#TOPIC} and the
 * genre list. Consumers depend on this module only, never on catalog-service.
 */
@NullMarked
package dev.moviestack.contract.catalog;

import org.jspecify.annotations.NullMarked;
