package cn.org.smeie.competition.web.committee;

import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.boundary.AuditQuery;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.reports.boundary.AuditExport;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.shared.Downloads;
import cn.org.smeie.competition.web.shared.PagedList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The audit log page: filters, a table that pages in the database, and the filtered log as .xlsx. */
@Named
@ViewScoped
public class AuditConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    AuditExport export;

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    private String actor;
    private Long trackId;
    private String entityType;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private List<Track> tracks;
    private List<String> entityTypes;
    private List<String> actions;
    private PagedList<AuditEntry> entries;

    @PostConstruct
    void init() {
        tracks = catalog.tracksOf(editions.current().getId());
        entityTypes = log.entityTypes();
        actions = log.actions();
        entries = new PagedList<>((first, max) -> log.search(query(), first, max), () -> log.count(query()),
                AuditEntry::getId);
    }

    public StreamedContent download() {
        return Downloads.xlsx(export.export(query()));
    }

    private AuditQuery query() {
        return new AuditQuery(actor, trackId, entityType, action, from, to);
    }

    public List<String> getActions() {
        return actions;
    }

    public PagedList<AuditEntry> getEntries() {
        return entries;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
