package dev.moviestack.user.erasure;

import dev.moviestack.user.erasure.persistence.ErasureLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether an account was erased (recently: the ledger forgets finished erasures). */
@Service
public class ErasedAccounts {

	private final ErasureLedger ledger;

	ErasedAccounts(ErasureLedger ledger) {
		this.ledger = ledger;
	}

	@Transactional(readOnly = true)
	public boolean isErased(String userId) {
		return this.ledger.exists(userId);
	}

}
