package cn.org.smeie.competition.web.team;

import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.boundary.TeamSignUp;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Material;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.OrganizationForm;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.shared.Downloads;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The team contact's registration page: choose a track that takes registrations, describe the team,
 * its members and organizations, save a draft, submit. The rules are the EJB layer's; refusals are
 * shown beside the inputs they name (a member's e-mail in its row).
 */
@Named
@ViewScoped
public class RegistrationEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ITEM = Pattern.compile("(members|organizations)\\[(\\d+)]\\.(\\w+)");
    private static final Function<String, String> TEAM_FIELDS = Feedback.inputsOf("registrationForm",
            Set.of("teamName", "projectTitle", "problemStatement", "resultSummary"));

    @Inject
    Registrations registrations;

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    Feedback feedback;

    @Inject
    Accounts accounts;

    @Inject
    TeamSignUp signUp;

    private List<Registration> mine;
    private List<Track> openTracks;
    private Registration current;
    private Long trackId;
    private String teamName;
    private String projectTitle;
    private String problemStatement;
    private String resultSummary;
    private List<MemberRow> members = new ArrayList<>();
    private List<OrganizationRow> organizations = new ArrayList<>();
    private List<Material> materials = List.of();
    /** The contact's address while it is not confirmed (registering waits for it), else null. */
    private String unconfirmedEmail;

    @PostConstruct
    void init() {
        unconfirmedEmail = accounts.me().filter(a -> !a.isEmailConfirmed()).map(Account::getEmail).orElse(null);
        Instant now = Instant.now();
        openTracks = catalog.publishedTracks(editions.current().getId()).stream()
                .filter(t -> now.isBefore(t.registrationClosesAt())).toList();
        mine = registrations.mine();
        if (mine.isEmpty()) {
            startNew();
        } else {
            edit(mine.get(0));
        }
    }

    public void startNew() {
        current = null;
        trackId = openTracks.isEmpty() ? null : openTracks.get(0).getId();
        teamName = projectTitle = problemStatement = resultSummary = null;
        members = new ArrayList<>(List.of(new MemberRow(MemberKind.STUDENT, true), new MemberRow(MemberKind.TEACHER, false),
                new MemberRow(MemberKind.ENTERPRISE_EXPERT, false)));
        organizations = new ArrayList<>(List.of(new OrganizationRow(OrganizationKind.UNIVERSITY),
                new OrganizationRow(OrganizationKind.ENTERPRISE)));
        materials = List.of();
    }

    public void edit(Registration registration) {
        current = registrations.registration(registration.getId());
        trackId = current.getTrack().getId();
        RegistrationForm form = current.form();
        teamName = form.teamName();
        projectTitle = form.projectTitle();
        problemStatement = form.problemStatement();
        resultSummary = form.resultSummary();
        members = new ArrayList<>(form.members().stream().map(MemberRow::of).toList());
        organizations = new ArrayList<>(form.organizations().stream().map(OrganizationRow::of).toList());
        materials = registrations.materials(current.getId());
    }

    /** Sends the confirmation link again (the boundary allows one a minute). */
    public void resendConfirmation() {
        try {
            signUp.resendConfirmation();
            feedback.info("registration.resent", unconfirmedEmail);
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public String getUnconfirmedEmail() {
        return unconfirmedEmail;
    }

    public void addMember() {
        members.add(new MemberRow(MemberKind.STUDENT, false));
    }

    public void removeMember(MemberRow row) {
        members.remove(row);
    }

    public void addOrganization() {
        organizations.add(new OrganizationRow(OrganizationKind.UNIVERSITY));
    }

    public void removeOrganization(OrganizationRow row) {
        organizations.remove(row);
    }

    /** Saves the draft (or the returned registration) as it stands. */
    public void save() {
        if (store()) {
            feedback.info("registration.saved", teamName);
        }
    }

    /** Saves, then submits for review. */
    public void submit() {
        if (!store()) {
            return;
        }
        try {
            current = registrations.submit(current.getId(), current.getVersion());
            feedback.info("registration.submitted", teamName);
            mine = registrations.mine();
        } catch (CompetitionException e) {
            feedback.refused(e, RegistrationEditor::inputOf);
        }
    }

    private boolean store() {
        RegistrationForm form = new RegistrationForm(teamName, projectTitle, problemStatement, resultSummary,
                members.stream().map(MemberRow::form).toList(),
                organizations.stream().map(OrganizationRow::form).toList());
        try {
            current = current == null
                    ? registrations.create(trackId == null ? -1 : trackId, form)
                    : registrations.update(current.getId(), current.getVersion(), form);
            mine = registrations.mine();
            return true;
        } catch (CompetitionException e) {
            feedback.refused(e, RegistrationEditor::inputOf);
            return false;
        }
    }

    /** Attaches an uploaded PDF to the saved registration. */
    public void upload(FileUploadEvent event) {
        if (current == null && !store()) {
            return;
        }
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            registrations.addMaterial(current.getId(), file.getFileName(), content);
            feedback.info("registration.uploaded", file.getFileName());
            materials = registrations.materials(current.getId());
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        } catch (IOException e) {
            feedback.unexpected(new UncheckedIOException(e));
        }
    }

    public void removeMaterial(Material material) {
        try {
            registrations.removeMaterial(material.getId());
            materials = registrations.materials(current.getId());
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public StreamedContent download(Material material) {
        return Downloads.pdf(registrations.materialFile(material.getId()));
    }

    public List<Material> getMaterials() {
        return materials;
    }

    /** {@code members[2].email} is the input {@code registrationForm:members:2:email}. */
    static String inputOf(String field) {
        Matcher item = ITEM.matcher(field);
        if (item.matches()) {
            return "registrationForm:" + item.group(1) + ":" + item.group(2) + ":" + item.group(3);
        }
        return TEAM_FIELDS.apply(field);
    }

    public boolean isEditable() {
        return current == null || current.getStatus().editableByTeam();
    }

    public List<MemberKind> getKinds() {
        return List.of(MemberKind.values());
    }

    public List<OrganizationKind> getOrganizationKinds() {
        return List.of(OrganizationKind.UNIVERSITY, OrganizationKind.ENTERPRISE);
    }

    public List<Registration> getMine() {
        return mine;
    }

    public List<Track> getOpenTracks() {
        return openTracks;
    }

    public Registration getCurrent() {
        return current;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public void setProjectTitle(String projectTitle) {
        this.projectTitle = projectTitle;
    }

    public String getProblemStatement() {
        return problemStatement;
    }

    public void setProblemStatement(String problemStatement) {
        this.problemStatement = problemStatement;
    }

    public String getResultSummary() {
        return resultSummary;
    }

    public void setResultSummary(String resultSummary) {
        this.resultSummary = resultSummary;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public List<OrganizationRow> getOrganizations() {
        return organizations;
    }
}
