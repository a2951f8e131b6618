package com.atiende.assessment.account;

import com.atiende.domain.learner.Role;
import java.io.Serializable;
import java.util.List;

/**
 * A person as account administration lists them.
 *
 * @param roles in the roles' own order (employee, trainer, HR, administrator)
 */
public record Account(long id, String email, String displayName, String department, List<Role> roles,
                      boolean active) implements Serializable {

    public Account {
        roles = List.copyOf(roles);
    }

    /** Where this person stands in the list, ordered by name: the next page starts after it. */
    public Key key() {
        return new Key(displayName, id);
    }

    /** A position in the people list: a name, and the id among people of the same name. */
    public record Key(String displayName, long id) implements Serializable {
    }
}
