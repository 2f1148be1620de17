package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import java.time.OffsetDateTime;

/** A registration as the API shows it; {@code version} goes back in {@code If-Match} to change it. */
public record RegistrationView(long id, long trackId, String trackCode, RegistrationStatus status, String statusReason,
                               OffsetDateTime submittedAt, int version, RegistrationForm registration) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.getId(), r.getTrack().getId(), r.getTrack().getCode(), r.getStatus(),
                r.getStatusReason(), r.getSubmittedAt(), r.getVersion(), r.form());
    }
}
