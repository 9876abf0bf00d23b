/**
 * Published language of user-service: account lifecycle events on
 * {@value UserEvent#TOPIC}.
 */
@NullMarked
package dev.moviestack.contract.user;

import org.jspecify.annotations.NullMarked;
