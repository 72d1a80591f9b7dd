package vn.motcua.core.account;

import java.util.List;
import java.util.Optional;

/** Port: where local accounts are kept. */
public interface AccountStore {

    Optional<UserAccount> find(String username);

    /** Inserts or replaces the account with the same username. */
    void save(UserAccount account);

    List<UserAccount> all();

    int count();
}
