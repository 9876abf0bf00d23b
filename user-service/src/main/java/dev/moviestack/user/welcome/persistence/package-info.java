/**
 * The ledger of sent welcome e-mails, keyed by user id.
 */
@NullMarked
package dev.moviestack.user.welcome.persistence;

import org.jspecify.annotations.NullMarked;
