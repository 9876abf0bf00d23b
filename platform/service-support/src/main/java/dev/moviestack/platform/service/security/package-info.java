@NullMarked
package dev.moviestack.platform.service.security;

import org.jspecify.annotations.NullMarked;
