package com.atiende.assessment.account;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request about accounts that cannot be carried out as asked (a duplicate e-mail, an unknown manager, a bad
 * line in an import). It carries a message key and its arguments so the web layer can say it in the visitor's
 * language; nothing was changed.
 */
@ApplicationException(rollback = true)
public class AccountProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;

    public AccountProblem(String key, Object... arguments) {
        super(key + " " + List.of(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String getKey() {
        return key;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
