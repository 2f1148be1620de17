package cn.org.smeie.competition.web.publicpages;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
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

    @PostConstruct
    void load() {
        edition = editions.current();
        tracks = catalog.publishedTracks(edition.getId());
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

    /** Whether registration is still open, by the server's clock. */
    public boolean isRegistrationOpen() {
        return Instant.now().isBefore(edition.registrationClosesAt());
    }

    /** The closing instant in milliseconds since the epoch, for the countdown in the page. */
    public long getClosesAtMillis() {
        return edition.registrationClosesAt().toEpochMilli();
    }
}
