package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.track.entity.Track;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A published track, as the public API shows it. */
public record TrackView(long id, String code, String fieldZh, String fieldEn, String focusZh, String abilitiesZh,
                        String objectiveZh, String hostOrganization, String contactName, String contactPhone,
                        LocalDate competitionDate, OffsetDateTime registrationClosesAt) {

    static TrackView of(Track t) {
        return new TrackView(t.getId(), t.getCode(), t.getFieldZh(), t.getFieldEn(), t.getFocusZh(), t.getAbilitiesZh(),
                t.getObjectiveZh(), t.getHostOrganization().getName(), t.getContactName(), t.getContactPhone(),
                t.getCompetitionDate(), t.registrationClosesAt().atZone(t.getEdition().getTimeZone()).toOffsetDateTime());
    }
}
