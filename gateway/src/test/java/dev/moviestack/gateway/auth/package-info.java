@NullMarked
package dev.moviestack.gateway.auth;

import org.jspecify.annotations.NullMarked;
