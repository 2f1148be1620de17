package cn.org.smeie.competition.registration.boundary;

import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import java.io.Serializable;
import java.util.List;

/**
 * What a bulk approval did: the teams approved, and each registration left as it was with the reason.
 *
 * @param approved the approved teams' names, in the order asked
 * @param refused  the registrations not approved
 */
public record BulkApproval(List<String> approved, List<Refusal> refused) implements Serializable {

    public BulkApproval {
        approved = List.copyOf(approved);
        refused = List.copyOf(refused);
    }

    /**
     * A registration not approved: its team's name and status when the caller may see it (null for another
     * track's or an unknown one), and why.
     */
    public record Refusal(long registrationId, String teamName, Reason reason, RegistrationStatus status)
            implements Serializable {
    }

    /** Why a registration was not approved. */
    public enum Reason {
        /** another track's, or none of that id: the caller learns nothing of it */
        NOT_REACHABLE,
        /** not awaiting a decision (a draft, or decided already) */
        NOT_SUBMITTED
    }
}
