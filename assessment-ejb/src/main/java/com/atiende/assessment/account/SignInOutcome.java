package com.atiende.assessment.account;

import java.util.Optional;

/**
 * The answer to a sign-in. A refusal never says whether the account exists or why the password was refused;
 * it only distinguishes "wrong credentials" from "too many attempts, wait", which does not reveal the account
 * either, since sources are throttled as well as accounts.
 */
public record SignInOutcome(Optional<SignedIn> signedIn, boolean throttled) {

    static SignInOutcome success(SignedIn signedIn) {
        return new SignInOutcome(Optional.of(signedIn), false);
    }

    static SignInOutcome refused() {
        return new SignInOutcome(Optional.empty(), false);
    }

    static SignInOutcome throttledNow() {
        return new SignInOutcome(Optional.empty(), true);
    }
}
