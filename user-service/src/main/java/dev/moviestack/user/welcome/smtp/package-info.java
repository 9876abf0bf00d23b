/**
 * The welcome e-mail over SMTP ({@code spring.mail.*}).
 */
@NullMarked
package dev.moviestack.user.welcome.smtp;

import org.jspecify.annotations.NullMarked;
