package cn.org.smeie.competition.registration.boundary;

import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import java.io.Serializable;

/** Filters of a track's registrations; null matches everything. Organization filters match part of a name. */
public record RegistrationQuery(RegistrationStatus status, String university, String enterprise)
        implements Serializable {

    public static RegistrationQuery all() {
        return new RegistrationQuery(null, null, null);
    }
}
