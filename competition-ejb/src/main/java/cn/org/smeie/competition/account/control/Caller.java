package cn.org.smeie.competition.account.control;

import cn.org.smeie.competition.account.entity.AccountStatus;
import cn.org.smeie.competition.account.entity.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * What the rules need to know of the signed-in account, read once per request ({@link CallerScope}):
 * its id, role, state and the ids of the tracks bound to it. Immutable, so a request's boundary calls
 * can share it; an update of any account in the request drops it ({@link CallerCache}).
 */
public record Caller(long id, String username, Role role, AccountStatus status, boolean mustChangePassword,
        Set<Long> trackIds) implements Serializable {

    public Caller {
        trackIds = Set.copyOf(trackIds);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** Whether the caller may act on the track with this id: the committee on every track, others on their own. */
    public boolean reaches(long trackId) {
        return isCommittee() || trackIds.contains(trackId);
    }

    public boolean isCommittee() {
        return role == Role.COMMITTEE;
    }
}
