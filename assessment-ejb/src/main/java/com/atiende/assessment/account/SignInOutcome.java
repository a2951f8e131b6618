package com.atiende.assessment.account;

import java.util.Optional;

/**
 * The answer to a sign-in. A refusal never says whether the account exists or why the password was refused;
 * it only distinguishes "wrong credentials" from "too many attempts, wait", which does not reveal the account
 * either, since sources are throttled as well as accounts.
 *
 * @param deviceToken on a sign-in from a browser not yet trusted, the token of its new device cookie; else null
 */
public record SignInOutcome(Optional<SignedIn> signedIn, boolean throttled, String deviceToken) {

    static SignInOutcome success(SignedIn signedIn, String deviceToken) {
        return new SignInOutcome(Optional.of(signedIn), false, deviceToken);
    }

    static SignInOutcome refused() {
        return new SignInOutcome(Optional.empty(), false, null);
    }

    static SignInOutcome throttledNow() {
        return new SignInOutcome(Optional.empty(), true, null);
    }
}
