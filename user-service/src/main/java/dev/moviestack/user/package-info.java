@NullMarked
package dev.moviestack.user;

import org.jspecify.annotations.NullMarked;
