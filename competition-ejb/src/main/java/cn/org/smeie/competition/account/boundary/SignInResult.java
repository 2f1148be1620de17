package cn.org.smeie.competition.account.boundary;

import cn.org.smeie.competition.account.entity.Role;
import java.io.Serializable;

/**
 * The outcome of checking a user name and password. Only {@link Outcome#VALID} carries the
 * account's name and role; the other outcomes say nothing of whether the account exists.
 */
public record SignInResult(Outcome outcome, String username, Role role, boolean mustChangePassword)
        implements Serializable {

    public enum Outcome {
        VALID,
        /** Wrong user name or password. */
        INVALID,
        /** Too many failures lately: refused whatever the password. */
        LOCKED,
        /** Right password, but the account is disabled. */
        DISABLED
    }

    static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null, null, false);
    }
}
