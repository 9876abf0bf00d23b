package dev.moviestack.user.identity;

import java.util.List;

/** One page of accounts and the number of all accounts that match. */
public record AccountPage(List<Account> accounts, long total) {

}
