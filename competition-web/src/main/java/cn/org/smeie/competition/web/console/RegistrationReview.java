package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.registration.boundary.BulkApproval;
import cn.org.smeie.competition.registration.boundary.RegistrationImport;
import cn.org.smeie.competition.registration.control.ImportedTeam;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Material;
import cn.org.smeie.competition.reports.boundary.RegistrationExport;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.shared.Downloads;
import cn.org.smeie.competition.web.shared.Feedback;
import cn.org.smeie.competition.web.shared.PagedList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The host's (or the committee's) review of a track's registrations: filters, a table paged in the
 * database, the detail of one registration, approve / return / reject with a reason, approve many.
 */
@Named
@ViewScoped
public class RegistrationReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    RegistrationExport export;

    @Inject
    Feedback feedback;

    @Inject
    RegistrationImport imports;

    private List<Track> tracks;
    private Long trackId;
    private RegistrationStatus status;
    private String university;
    private String enterprise;
    private PagedList<Registration> list;
    private List<Registration> selected = new ArrayList<>();
    private Registration shown;
    private List<Material> shownMaterials = List.of();
    private String reason;
    private RegistrationImport.ImportReport importReport;
    private Long registration;
    private boolean opened;
    private BulkApproval bulkResult;

    @PostConstruct
    void init() {
        tracks = catalog.tracksOf(editions.current().getId());
        trackId = tracks.isEmpty() ? null : tracks.get(0).getId();
        list = new PagedList<>((first, max) -> trackId == null ? List.of()
                : registrations.ofTrack(trackId, query(), first, max),
                () -> trackId == null ? 0 : registrations.countOfTrack(trackId, query()), Registration::getId,
                this::selectable);
    }

    /** A selected registration read back (from another page of the list); none when the caller may not see it. */
    private Registration selectable(long id) {
        try {
            return registrations.registration(id);
        } catch (CompetitionException notVisible) {
            return null;
        }
    }

    private RegistrationQuery query() {
        return new RegistrationQuery(status, university, enterprise);
    }

    /** Opens the registration given in the address (?registration=…, as the search links): its track, its detail. */
    public void open() {
        if (registration == null) {
            return;
        }
        try {
            Registration found = registrations.registration(registration);
            trackId = found.getTrack().getId();
            show(found);
            opened = true;
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public Long getRegistration() {
        return registration;
    }

    public void setRegistration(Long registration) {
        this.registration = registration;
    }

    /** Whether the detail opens as the page loads. */
    public boolean isOpened() {
        return opened;
    }

    public void show(Registration registration) {
        shown = registrations.registration(registration.getId());
        shownMaterials = registrations.materials(shown.getId());
        reason = null;
    }

    /** The selected track's registrations as .xlsx, one row per member. */
    public StreamedContent exportXlsx() {
        return Downloads.xlsx(export.export(trackId));
    }

    public StreamedContent download(Material material) {
        return Downloads.pdf(registrations.materialFile(material.getId()));
    }

    /** Imports the selected track's teams from an uploaded .xlsx or .csv; the report lists refused rows. */
    public void importFile(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            importReport = imports.importTeams(trackId, file.getFileName(), content);
            feedback.info("import.done", importReport.imported(), importReport.teams(), importReport.alreadyRegistered(),
                    importReport.refusedTeams());
        } catch (CompetitionException e) {
            importReport = null;
            feedback.refused(e, field -> null);
        } catch (IOException e) {
            feedback.unexpected(new UncheckedIOException(e));
        }
    }

    public StreamedContent importTemplate() {
        return DefaultStreamedContent.builder().name("registration-import-template.xlsx").contentType(Downloads.XLSX)
                .stream(() -> new ByteArrayInputStream(imports.template())).build();
    }

    /** A refused row's reason in the page's language: "field: problem". */
    public String describe(ImportedTeam.Problem problem) {
        return problem.violation().describe(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public RegistrationImport.ImportReport getImportReport() {
        return importReport;
    }

    public List<Material> getShownMaterials() {
        return shownMaterials;
    }

    public void approve() {
        feedback.attempt(() -> registrations.approve(shown.getId(), shown.getVersion()), Registration::getTeamName,
                "review.approved");
    }

    public void returnToTeam() {
        feedback.attempt(() -> registrations.returnToTeam(shown.getId(), shown.getVersion(), reason),
                Registration::getTeamName, "review.returned");
    }

    public void reject() {
        feedback.attempt(() -> registrations.reject(shown.getId(), shown.getVersion(), reason),
                Registration::getTeamName, "review.rejected");
    }

    /** Shows what a bulk approval of the selection would do, before anything is done. */
    public void previewApproval() {
        bulkResult = null;
        if (selected.isEmpty()) {
            feedback.error("review.bulk.noneSelected");
        } else {
            PrimeFaces.current().ajax().addCallbackParam("preview", true);
        }
    }

    /** The selected registrations that would be approved: submitted ones. */
    public List<Registration> getApprovable() {
        return selected.stream().filter(r -> r.getStatus().awaitsDecision()).toList();
    }

    /** The selected registrations a bulk approval would leave as they are, and why (their status). */
    public List<Registration> getSkipped() {
        return selected.stream().filter(r -> !r.getStatus().awaitsDecision()).toList();
    }

    /** Approves the selection in one call; the result names what was approved and what was not, and why. */
    public void approveSelected() {
        try {
            bulkResult = registrations.approveMany(selected.stream().map(Registration::getId).toList());
            feedback.info("review.approvedMany", bulkResult.approved().size(), selected.size());
            selected = new ArrayList<>();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public BulkApproval getBulkResult() {
        return bulkResult;
    }

    public List<RegistrationStatus> getStatuses() {
        return List.of(RegistrationStatus.values());
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

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public String getUniversity() {
        return university;
    }

    public void setUniversity(String university) {
        this.university = university;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public PagedList<Registration> getList() {
        return list;
    }

    public List<Registration> getSelected() {
        return selected;
    }

    public void setSelected(List<Registration> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public Registration getShown() {
        return shown;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
