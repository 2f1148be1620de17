package cn.org.smeie.competition.account.entity;

import java.io.Serializable;
import java.util.Set;

/** An account as the audit trail keeps it: never the password or its hash. */
public record AccountSnapshot(String username, String displayName, String email, Role role, AccountStatus status,
                              boolean mustChangePassword, boolean emailConfirmed, Set<String> tracks,
                              Set<Integer> finals)
        implements Serializable {
}
