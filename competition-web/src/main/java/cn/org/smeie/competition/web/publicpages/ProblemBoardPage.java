package cn.org.smeie.competition.web.publicpages;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.problemboard.boundary.PostedProblem;
import cn.org.smeie.competition.problemboard.boundary.ProblemBoard;
import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.problemboard.entity.ProblemForm;
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
 * The public problem board (揭榜, {@code /problems.xhtml}): the published problems of the current
 * edition, and the form on which an enterprise posts one (no account needed; a link to follow it is
 * mailed to its contact and shown once).
 */
@Named
@ViewScoped
public class ProblemBoardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("trackId", "enterprise", "title", "field", "description",
            "expectedResult", "contactName", "contactEmail", "contactMobile");

    @Inject
    ProblemBoard board;

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    @Inject
    Feedback feedback;

    private List<EnterpriseProblem> published;
    private List<Track> tracks;
    private Long trackId;
    private String enterprise;
    private String title;
    private String field;
    private String description;
    private String expectedResult;
    private String contactName;
    private String contactEmail;
    private String contactMobile;
    private String postedCode;

    @PostConstruct
    void init() {
        long edition = editions.current().getId();
        published = board.published(edition);
        tracks = catalog.publishedTracks(edition);
    }

    public void post() {
        try {
            PostedProblem posted = board.post(new ProblemForm(trackId, enterprise, title, field, description,
                    expectedResult, contactName, contactEmail, contactMobile));
            postedCode = posted.manageCode();
            feedback.info("problems.posted", title);
        } catch (CompetitionException e) {
            feedback.refused(e, Feedback.inputsOf("postForm", FIELDS));
        }
    }

    public List<EnterpriseProblem> getPublished() {
        return published;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public String getPostedCode() {
        return postedCode;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactMobile() {
        return contactMobile;
    }

    public void setContactMobile(String contactMobile) {
        this.contactMobile = contactMobile;
    }
}
