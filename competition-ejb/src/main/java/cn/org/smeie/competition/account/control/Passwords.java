package cn.org.smeie.competition.account.control;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;

/**
 * Password hashing (Jakarta Security's PBKDF2, never a hand-made one), the password rules, and
 * one-time passwords.
 *
 * <p>Cost: PBKDF2-HMAC-SHA256 with {@value #ITERATIONS} iterations, a 32-byte salt and a 32-byte
 * key. Every sign-in pays it once; on the 2-core reference machine that bounds sign-ins to the
 * rate measured in {@code bench/} (see its README).</p>
 */
@ApplicationScoped
public class Passwords {

    public static final int ITERATIONS = 120_000;
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
    private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int ONE_TIME_LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash to verify against when the account does not exist, so timing does not tell. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(oneTime().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether the password fits the hash; never for an account without a password yet (same time as a miss). */
    public boolean matches(String password, String storedHash) {
        boolean usable = storedHash != null && !storedHash.equals(Account.NO_PASSWORD);
        return hash.verify(password.toCharArray(), usable ? storedHash : decoy) && usable;
    }

    /** A random password of 16 letters and digits (about 93 bits), to be changed at first sign-in. */
    public String oneTime() {
        char[] password = new char[ONE_TIME_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ONE_TIME_ALPHABET[random.nextInt(ONE_TIME_ALPHABET.length)];
        }
        return new String(password);
    }

    /** Refuses a password that breaks the rules: 10 to 128 characters, not the user name, not one repeated character. */
    public static void check(String username, String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(new Violation(field, "password.tooShort", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(new Violation(field, "validation.tooLong"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(new Violation(field, "password.containsUsername"));
        }
        if (password.chars().distinct().count() < 4) {
            throw new InvalidInputException(new Violation(field, "password.tooSimple"));
        }
    }
}
