package cn.org.smeie.competition.platform.error;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFoundException extends CompetitionException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
