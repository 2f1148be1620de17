package cn.org.smeie.competition.registration.entity;

import java.io.Serializable;

/** A registration as the audit trail keeps it before and after a change. */
public record RegistrationSnapshot(String track, RegistrationStatus status, String reason, RegistrationForm form)
        implements Serializable {
}
