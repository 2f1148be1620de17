package cn.org.smeie.competition.search.boundary;

import java.io.Serializable;

/**
 * One thing found: a team (registration), a person (member of one), an organization (of a team),
 * or a certificate.
 *
 * @param title          what matched: the team's name, the person's or organization's name, the serial
 * @param detail         what it belongs to: the project, the team, the holder
 * @param trackCode      the track, or null (a certificate of the finals or of the edition)
 * @param registrationId the registration to open, or null
 * @param serial         the certificate's serial, or null
 */
public record SearchHit(Kind kind, String title, String detail, String trackCode, Long registrationId, String serial)
        implements Serializable {

    public enum Kind {
        TEAM,
        PERSON,
        ORGANIZATION,
        CERTIFICATE
    }
}
