@NullMarked
package dev.moviestack.platform.service.outbox;

import org.jspecify.annotations.NullMarked;
