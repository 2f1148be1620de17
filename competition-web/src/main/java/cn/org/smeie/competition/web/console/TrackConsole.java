package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The committee's track page: the tracks of an edition, and the dialog that creates and edits one. */
@Named
@ViewScoped
public class TrackConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fields of {@code TrackDetails} that have an input of the same id in the dialog's form. */
    private static final Function<String, String> INPUT_OF_FIELD = Feedback.inputsOf("trackForm", Set.of("code",
            "fieldZh", "fieldEn", "focusZh", "abilitiesZh", "objectiveZh", "hostOrganization", "contactName",
            "contactPhone", "competitionDate"));

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    @Inject
    Feedback feedback;

    private List<Edition> allEditions;
    private Long editionId;
    private Edition edition;
    private List<Track> tracks;
    private List<Track> filteredTracks;
    private TrackForm form = TrackForm.blank();
    private Track extending;
    private LocalDateTime extendUntil;

    @PostConstruct
    void init() {
        allEditions = editions.all();
        if (!allEditions.isEmpty()) {
            editionId = editions.current().getId(); // another is a choice away: the next one being prepared
            load();
        }
    }

    /** Loads the selected edition and its tracks. */
    public void load() {
        edition = allEditions.stream().filter(e -> e.getId().equals(editionId)).findFirst().orElseThrow();
        tracks = catalog.tracksOf(editionId);
        filteredTracks = null;
    }

    public void startNew() {
        form = TrackForm.blank();
    }

    public void startEdit(Track track) {
        form = TrackForm.of(track);
    }

    public void save() {
        try {
            Track saved = form.isNew()
                    ? catalog.create(editionId, form.details())
                    : catalog.update(form.getTrackId(), form.getVersion(), form.details());
            feedback.info("tracks.saved", saved.getCode());
            load();
        } catch (CompetitionException e) {
            feedback.refused(e, INPUT_OF_FIELD);
        }
    }

    public void startExtend(Track track) {
        extending = track;
        extendUntil = track.effectiveRegistrationDeadline();
    }

    /** Extends the chosen track's registration deadline (the committee's decision). */
    public void extend() {
        feedback.attempt(() -> catalog.extendRegistration(extending.getId(), extending.getVersion(), extendUntil),
                Track::getCode, "tracks.extended");
        load();
    }

    public void retire(Track track) {
        feedback.attempt(() -> catalog.retire(track.getId(), track.getVersion()), Track::getCode, "tracks.retired");
        load();
    }

    public void reinstate(Track track) {
        feedback.attempt(() -> catalog.reinstate(track.getId(), track.getVersion()), Track::getCode,
                "tracks.reinstated");
        load();
    }

    public List<Edition> getAllEditions() {
        return allEditions;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public Edition getEdition() {
        return edition;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public List<Track> getFilteredTracks() {
        return filteredTracks;
    }

    public void setFilteredTracks(List<Track> filteredTracks) {
        this.filteredTracks = filteredTracks;
    }

    public Track getExtending() {
        return extending;
    }

    public LocalDateTime getExtendUntil() {
        return extendUntil;
    }

    public void setExtendUntil(LocalDateTime extendUntil) {
        this.extendUntil = extendUntil;
    }

    public TrackForm getForm() {
        return form;
    }
}
