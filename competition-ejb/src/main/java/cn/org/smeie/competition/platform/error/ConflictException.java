package cn.org.smeie.competition.platform.error;

/**
 * The request collides with the current state: a stale version (someone else saved first),
 * a duplicate code, or a transition the state does not allow.
 */
public class ConflictException extends CompetitionException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String key, Object... arguments) {
        super(key, arguments);
    }

    public static ConflictException staleVersion(String what) {
        return new ConflictException("error.staleVersion", what);
    }
}
