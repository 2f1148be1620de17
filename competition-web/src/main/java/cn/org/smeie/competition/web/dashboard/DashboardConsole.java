package cn.org.smeie.competition.web.dashboard;

import cn.org.smeie.competition.dashboard.boundary.Dashboards;
import cn.org.smeie.competition.dashboard.boundary.Overview;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.security.CurrentUser;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: the edition at a glance for the committee (every track, or one) and for a host (its
 * track). Every figure comes from {@link Dashboards}; the page only draws it.
 */
@Named
@ViewScoped
public class DashboardConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<RegistrationStatus, String> COLOURS = Map.of(RegistrationStatus.DRAFT, "#9e9e9e",
            RegistrationStatus.SUBMITTED, "#1e88e5", RegistrationStatus.APPROVED, "#43a047",
            RegistrationStatus.RETURNED, "#fb8c00", RegistrationStatus.REJECTED, "#e53935");

    /** The newest run of a job, for the committee's "last night" panel. */
    public record LastRun(String key, JobRun run) implements Serializable {
    }

    @Inject
    Dashboards dashboards;

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    @Inject
    ReportJobs jobs;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private long editionId;
    private List<Track> tracks;
    private Long trackId;
    private Overview overview;
    private List<LastRun> lastRuns = List.of();

    @PostConstruct
    void init() {
        editionId = editions.current().getId();
        tracks = catalog.tracksOf(editionId);
        if (!user.isCommittee() && tracks.size() == 1) {
            trackId = tracks.get(0).getId();
        }
        load();
    }

    public void load() {
        overview = dashboards.overview(editionId, trackId);
        if (user.isCommittee()) {
            List<LastRun> runs = new ArrayList<>();
            for (String[] job : new String[][] {{ReportJobs.SCORE_AGGREGATION, "scoreAggregation"},
                    {ReportJobs.CERTIFICATES, "certificates"}, {ReportJobs.TRACK_DIRECTORY, "trackDirectory"}}) {
                jobs.runs(job[0], 1).stream().findFirst().ifPresent(run -> runs.add(new LastRun(job[1], run)));
            }
            lastRuns = runs;
        }
    }

    /** Registrations by status, a bar each (Chart.js configuration for p:chart). */
    public String getStatusChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            labels.add(feedback.text("registrationStatus." + status));
            data.add(overview.byStatus().get(status));
            colours.add(COLOURS.get(status));
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", feedback.text("dashboard.registrations")).add("data", data)
                .add("backgroundColor", colours)));
    }

    /**
     * Registrations submitted per day (Beijing time), a bar a day: a line over a single day (the first day of
     * registration) drew an empty frame.
     */
    public String getDayChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Overview.DayCount day : overview.submittedByDay()) {
            labels.add(day.day().toString());
            data.add(day.count());
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", feedback.text("dashboard.submittedPerDay")).add("data", data)
                .add("backgroundColor", "#b71c1c").add("maxBarThickness", 48)));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    /** Time left until the deadline as days, hours and minutes (localized), or that it has passed. */
    public String left(Instant closesAt) {
        Duration left = Duration.between(Instant.now(), closesAt);
        if (left.isNegative()) {
            return feedback.text("dashboard.passed");
        }
        return feedback.text("dashboard.leftFormat", left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }

    /** Whether no team has registered yet, so the page says what to do first ("empty" is a word EL keeps for itself). */
    public boolean isNothingRegistered() {
        return overview.registrations() == 0;
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

    public Overview getOverview() {
        return overview;
    }

    public List<LastRun> getLastRuns() {
        return lastRuns;
    }
}
