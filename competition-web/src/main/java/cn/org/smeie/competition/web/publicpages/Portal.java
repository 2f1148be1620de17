package cn.org.smeie.competition.web.publicpages;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.RegistrationWindow;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public home page: the current edition, its calendar, a countdown to the registration deadline, its tracks. */
@Named
@RequestScoped
public class Portal {

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    private Edition edition;
    private List<Track> tracks;
    private Map<Long, RegistrationWindow> windows;

    @PostConstruct
    void load() {
        edition = editions.current();
        tracks = catalog.publishedTracks(edition.getId());
        Instant now = Instant.now();
        windows = tracks.stream().collect(Collectors.toMap(Track::getId, t -> t.registrationWindowAt(now)));
    }

    /** Where a track's registration stands now, by its own deadline (the edition's, or its extension). */
    public RegistrationWindow window(Track track) {
        return windows.get(track.getId());
    }

    /** How many of the edition's tracks take registrations now. */
    public long getOpenTracks() {
        return windows.values().stream().filter(RegistrationWindow::isOpen).count();
    }

    public Edition getEdition() {
        return edition;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public String getOrganizers() {
        return edition.getOrganizers().stream().map(Organization::getName).collect(Collectors.joining("、"));
    }

    /** Whether any track takes registrations now, by the server's clock. */
    public boolean isRegistrationOpen() {
        return getOpenTracks() > 0;
    }

    /**
     * For the countdown in the page, in milliseconds since the epoch: when the last open track closes (the
     * edition's deadline when none is open).
     */
    public long getClosesAtMillis() {
        return windows.values().stream().filter(RegistrationWindow::isOpen).map(RegistrationWindow::closesAt)
                .max(Comparator.naturalOrder()).orElse(edition.registrationClosesAt()).toEpochMilli();
    }
}
