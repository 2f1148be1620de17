package cn.org.smeie.competition.account.control;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.platform.files.Checksums;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Tokens of e-mail confirmation links: 256 random bits, URL-safe; only their SHA-256 is stored, so a
 * copy of the database confirms nobody's address.
 */
public final class EmailTokens {

    /** How long a confirmation link works. */
    public static final Duration LINK_VALIDITY = Duration.ofHours(72);

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmailTokens() {
    }

    /** Makes the account wait for the confirmation of its address; returns the token for the link to mail. */
    public static String issue(Account account, OffsetDateTime now) {
        String token = newToken();
        account.awaitEmailConfirmation(hash(token), now.plus(LINK_VALIDITY));
        return token;
    }

    /** When the newest link of the account was issued, if one is pending. */
    public static OffsetDateTime issuedAt(Account account) {
        return account.getEmailTokenExpiresAt() == null ? null : account.getEmailTokenExpiresAt().minus(LINK_VALIDITY);
    }

    /** A new unguessable token (256 random bits, URL-safe). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Checksums.sha256(token);
    }
}
