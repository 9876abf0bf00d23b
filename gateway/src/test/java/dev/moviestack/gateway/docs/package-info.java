@NullMarked
package dev.moviestack.gateway.docs;

import org.jspecify.annotations.NullMarked;
