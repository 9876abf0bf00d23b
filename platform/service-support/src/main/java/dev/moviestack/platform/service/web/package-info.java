@NullMarked
package dev.moviestack.platform.service.web;

import org.jspecify.annotations.NullMarked;
