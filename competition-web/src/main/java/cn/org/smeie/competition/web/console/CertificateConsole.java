package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.security.CurrentUser;
import cn.org.smeie.competition.web.shared.Downloads;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The certificates, for the committee (all of the edition, the failed ones first; start the job;
 * revoke and reissue) and the hosts (their track's, one by one or as a zip). The rules are the
 * {@link Certificates} boundary's.
 */
@Named
@ViewScoped
public class CertificateConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The whole edition in the track menu (the committee's). */
    public static final Long ALL = -1L;

    @Inject
    Certificates certificates;

    @Inject
    ReportJobs jobs;

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private long edition;
    private List<Track> tracks;
    private Long trackId;
    private List<Certificate> list = List.of();
    private Certificate revoking;
    private String reason;

    @PostConstruct
    void init() {
        edition = editions.current().getId();
        tracks = catalog.tracksOf(edition);
        trackId = user.isCommittee() ? ALL : tracks.isEmpty() ? null : tracks.get(0).getId();
        load();
    }

    public void load() {
        list = trackId == null ? List.of() : ALL.equals(trackId) ? certificates.ofEdition(edition)
                : certificates.ofTrack(trackId);
    }

    public void generate() {
        try {
            feedback.info("certificates.started", jobs.generateCertificates(edition));
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public StreamedContent download(Certificate certificate) {
        return Downloads.file(certificates.file(certificate.getId()), certificate.getSerial() + ".pdf", Downloads.PDF);
    }

    public StreamedContent zip() {
        return Downloads.file(certificates.zipOfTrack(trackId), "certificates.zip", "application/zip");
    }

    public void startRevoke(Certificate certificate) {
        revoking = certificate;
        reason = null;
    }

    public void revoke() {
        try {
            certificates.revoke(revoking.getId(), revoking.getVersion(), reason);
            feedback.info("certificates.revoked", revoking.getSerial());
            load();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> "reason".equals(field) ? "revokeForm:reason" : null);
        }
    }

    public void reissue(Certificate certificate) {
        try {
            Certificate fresh = certificates.reissue(certificate.getId(), certificate.getVersion());
            // the certificate job makes every certificate not yet made: the new one is there within the minute
            long execution = jobs.generateCertificates(edition);
            feedback.info("certificates.reissued", certificate.getSerial(), fresh.getSerial(), execution);
            load();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public Long getAll() {
        return ALL;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public List<Certificate> getList() {
        return list;
    }

    public Certificate getRevoking() {
        return revoking;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
