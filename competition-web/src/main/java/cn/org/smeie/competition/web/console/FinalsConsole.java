package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.Finalist;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.StageView;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The committee's page of the national finals: who is in the finals and in which order they present
 * (nominated here, or advanced by a confirmed first prize), and the live stage — the team on stage,
 * its judges' totals as they come in, reveal, next team, and whether the audience may watch. The
 * rules are the {@link LiveFinals} boundary's.
 */
@Named
@ViewScoped
public class FinalsConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The approved teams of a track offered for nomination at most. */
    private static final int CANDIDATES = 500;

    @Inject
    LiveFinals finals;

    @Inject
    Judging judging;

    @Inject
    Registrations registrations;

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    Feedback feedback;

    private Edition edition;
    private Round round;
    private List<Finalist> finalists = List.of();
    private StageView stage;
    private List<Track> tracks;
    private Long trackId;
    private List<Registration> candidates = List.of();
    private Long candidateId;

    @PostConstruct
    void init() {
        edition = editions.current();
        tracks = catalog.tracksOf(edition.getId());
        trackId = tracks.isEmpty() ? null : tracks.get(0).getId();
        load();
        loadCandidates();
    }

    /** The round, its finalists and its stage. */
    public void load() {
        round = finals.finalRoundOf(edition.getId()).map(judging::round).orElse(null);
        if (round != null) {
            finalists = finals.finalists(round.getId());
            stage = finals.stage(round.getId());
        }
    }

    /** The stage alone: on every pushed change while the page is open. */
    public void refreshStage() {
        if (round != null) {
            stage = finals.stage(round.getId());
        }
    }

    /** The approved teams of the chosen track that are not in the finals yet. */
    public void loadCandidates() {
        Set<Long> taken = finalists.stream().map(f -> f.getRegistration().getId()).collect(Collectors.toSet());
        candidates = trackId == null ? List.of() : registrations.ofTrack(trackId,
                        new RegistrationQuery(RegistrationStatus.APPROVED, null, null), 0, CANDIDATES).stream()
                .filter(r -> !taken.contains(r.getId())).toList();
        candidateId = candidates.isEmpty() ? null : candidates.get(0).getId();
    }

    public void createRound() {
        run(() -> judging.createFinalRound(edition.getId()), "finals.created");
    }

    public void nominate() {
        if (candidateId != null) {
            run(() -> finals.nominate(round.getId(), candidateId), "finals.nominated");
            loadCandidates();
        }
    }

    public void withdraw(Finalist finalist) {
        run(() -> {
            finals.withdraw(round.getId(), finalist.getRegistration().getId());
            return finalist;
        }, "finals.withdrawn");
        loadCandidates();
    }

    public void up(Finalist finalist) {
        run(() -> finals.move(round.getId(), finalist.getRegistration().getId(), finalist.getPosition() - 1), null);
    }

    public void down(Finalist finalist) {
        run(() -> finals.move(round.getId(), finalist.getRegistration().getId(), finalist.getPosition() + 1), null);
    }

    public void present(Finalist finalist) {
        run(() -> finals.present(round.getId(), stage.version(), finalist.getRegistration().getId()), "finals.presented");
    }

    public void next() {
        run(() -> finals.next(round.getId(), stage.version()), "finals.presented");
    }

    public void reveal() {
        run(() -> finals.reveal(round.getId(), stage.version()), "finals.revealed");
    }

    public void toggleAudience() {
        run(() -> finals.openToAudience(round.getId(), stage.version(), !stage.audiencePublic()),
                stage.audiencePublic() ? "finals.closedToAudience" : "finals.openedToAudience");
    }

    /** Runs a change, tells its outcome (the team on stage, or the team changed) and reloads. */
    private void run(Supplier<?> change, String doneKey) {
        try {
            Object changed = change.get();
            if (doneKey != null) {
                feedback.info(doneKey, changed instanceof StageView v ? v.teamName()
                        : changed instanceof Finalist f ? f.getRegistration().getTeamName() : "");
            }
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
        load();
    }

    public Round getRound() {
        return round;
    }

    public List<Finalist> getFinalists() {
        return finalists;
    }

    public StageView getStage() {
        return stage;
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

    public List<Registration> getCandidates() {
        return candidates;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public void setCandidateId(Long candidateId) {
        this.candidateId = candidateId;
    }
}
