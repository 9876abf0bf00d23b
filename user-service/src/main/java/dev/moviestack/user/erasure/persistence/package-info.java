/**
 * The erasure ledger: one row per erased account until its login is gone for good.
 */
@NullMarked
package dev.moviestack.user.erasure.persistence;

import org.jspecify.annotations.NullMarked;
