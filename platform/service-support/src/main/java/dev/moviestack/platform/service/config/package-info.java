@NullMarked
package dev.moviestack.platform.service.config;

import org.jspecify.annotations.NullMarked;
