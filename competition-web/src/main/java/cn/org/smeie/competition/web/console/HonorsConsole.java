package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.edition.boundary.EditionAdmin;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.HonorForm;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The honours of organizing units (优秀组织单位) and staff (优秀工作者): hosts nominate for their tracks,
 * the committee for any track or the finals, and decides. The rules are the {@link Results} boundary's.
 */
@Named
@ViewScoped
public class HonorsConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The choice of the finals in the track menu. */
    public static final Long FINALS = -1L;
    private static final Set<String> FIELDS = Set.of("kind", "name", "organization", "citation");

    @Inject
    Results results;

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    Feedback feedback;

    @Inject
    EditionAdmin editionAdmin;

    private long edition;
    private boolean honoursPublic;
    private List<Track> tracks;
    private List<Honor> honors;
    private Long trackId;
    private Honor.Kind kind = Honor.Kind.ORGANIZING_UNIT;
    private String name;
    private String organization;
    private String citation;
    private Honor deciding;
    private String note;

    @PostConstruct
    void init() {
        Edition current = editions.current();
        edition = current.getId();
        honoursPublic = current.getHonoursPublishedAt() != null;
        tracks = catalog.tracksOf(edition);
        trackId = tracks.isEmpty() ? FINALS : tracks.get(0).getId();
        honors = results.honors(edition);
    }

    public void nominate() {
        try {
            Honor honor = results.nominate(edition, FINALS.equals(trackId) ? null : trackId,
                    new HonorForm(kind, name, organization, citation));
            feedback.info("honors.nominated", honor.getName());
            name = null;
            organization = null;
            citation = null;
            honors = results.honors(edition);
        } catch (CompetitionException e) {
            feedback.refused(e, Feedback.inputsOf("honorForm", FIELDS));
        }
    }

    public void startDecision(Honor honor) {
        deciding = honor;
        note = null;
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        try {
            Honor decided = results.decide(deciding.getId(), deciding.getVersion(), approve, note);
            feedback.info(approve ? "honors.approved" : "honors.rejected", decided.getName());
            honors = results.honors(edition);
        } catch (CompetitionException e) {
            feedback.refused(e, field -> "reason".equals(field) ? "decisionForm:note" : null);
        }
    }

    public Honor.Kind[] getKinds() {
        return Honor.Kind.values();
    }

    public Long getFinals() {
        return FINALS;
    }

    /** Makes the approved honours public on the results page (the committee's), or takes them back. */
    public void publishHonours(boolean published) {
        Edition current = editions.edition(edition);
        feedback.attempt(() -> editionAdmin.publishHonours(edition, current.getVersion(), published),
                Edition::getNameZh, published ? "honors.madePublic" : "honors.withdrawn")
                .ifPresent(e -> honoursPublic = e.getHonoursPublishedAt() != null);
    }

    public boolean isHonoursPublic() {
        return honoursPublic;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public List<Honor> getHonors() {
        return honors;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public Honor.Kind getKind() {
        return kind;
    }

    public void setKind(Honor.Kind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }

    public Honor getDeciding() {
        return deciding;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
