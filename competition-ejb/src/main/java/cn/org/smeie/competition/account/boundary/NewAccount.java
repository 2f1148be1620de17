package cn.org.smeie.competition.account.boundary;

import cn.org.smeie.competition.account.entity.Account;
import java.io.Serializable;

/**
 * An account just created or reset, with its one-time password: shown once to whoever created it,
 * to be handed to its holder, who must change it at first sign-in. It is stored nowhere in clear.
 */
public record NewAccount(Account account, String oneTimePassword) implements Serializable {
}
