package cn.org.smeie.competition.certificate.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the public verification of a certificate shows: its serial, whom it honours and for what,
 * where, when, and whether it stands — valid, or revoked (with the serial that replaced it, if any).
 */
public record Verification(String serial, String holder, String holderRole, String teamName, String distinction,
                           String scopeName, LocalDate issuedOn, boolean valid, String revokedReason,
                           String reissuedAs) implements Serializable {
}
