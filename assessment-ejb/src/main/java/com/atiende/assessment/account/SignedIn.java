package com.atiende.assessment.account;

import com.atiende.domain.learner.Role;
import java.io.Serializable;
import java.util.Set;

/** Who signed in: what the web layer keeps in the session and hands to the container as caller and groups. */
public record SignedIn(long learnerId, String email, String displayName, String preferredLanguage, Set<Role> roles)
        implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
