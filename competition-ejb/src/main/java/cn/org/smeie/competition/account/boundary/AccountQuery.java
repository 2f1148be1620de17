package cn.org.smeie.competition.account.boundary;

import cn.org.smeie.competition.account.entity.AccountStatus;
import cn.org.smeie.competition.account.entity.Role;
import java.io.Serializable;

/** Filters of the account list; a null filter matches everything. {@code text} matches user name or display name. */
public record AccountQuery(Role role, AccountStatus status, Long trackId, String text) implements Serializable {

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, null);
    }
}
