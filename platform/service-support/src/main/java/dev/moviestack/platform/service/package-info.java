/**
 * The one convention every MovieStack service runs on: defaults, RFC 9457 errors, JWT
 * resource-server security, CloudEvents on the outbox, and its retry.
 */
@NullMarked
package dev.moviestack.platform.service;

import org.jspecify.annotations.NullMarked;
