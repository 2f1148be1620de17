package cn.org.smeie.competition.account.boundary;

import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * A new account as the committee (or a host inviting a judge) describes it.
 *
 * @param username   lower-case letters, digits, dot, dash and underscore, 3 to 64 characters
 * @param trackIds   the tracks a HOST runs or a JUDGE judges
 * @param finalsEditionIds the editions whose finals a JUDGE judges
 */
public record AccountDraft(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{account.username.pattern}")
        String username,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @PlainText
        String displayName,
        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
        String email,
        @NotNull(message = "{validation.required}")
        Role role,
        Set<Long> trackIds,
        Set<Long> finalsEditionIds) implements Serializable {

    public AccountDraft {
        username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null ? null : displayName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        trackIds = trackIds == null ? Set.of() : Set.copyOf(trackIds);
        finalsEditionIds = finalsEditionIds == null ? Set.of() : Set.copyOf(finalsEditionIds);
    }
}
