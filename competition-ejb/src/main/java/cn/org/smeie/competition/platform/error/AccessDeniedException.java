package cn.org.smeie.competition.platform.error;

/**
 * The caller may not do this, or may not see this. Says nothing of the data concerned (not even
 * whether it exists), so that guessing ids teaches nothing.
 */
public class AccessDeniedException extends CompetitionException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }

    protected AccessDeniedException(String key) {
        super(key);
    }

    /** The caller holds a one-time password and must choose their own before anything else. */
    public static AccessDeniedException passwordChangeRequired() {
        return new AccessDeniedException("error.passwordChangeRequired");
    }
}
