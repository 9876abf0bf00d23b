/**
 * Profiles: what MovieStack knows about a user beyond the login (display name, favourite
 * genres, last seen). Created at sign-up, or lazily from the token of a user who never
 * signed up through us.
 */
@NullMarked
package dev.moviestack.user.profile;

import org.jspecify.annotations.NullMarked;
