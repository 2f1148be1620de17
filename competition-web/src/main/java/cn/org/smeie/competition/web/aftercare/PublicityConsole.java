package cn.org.smeie.competition.web.aftercare;

import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.publicity.boundary.Publicity;
import cn.org.smeie.competition.publicity.entity.Exhibition;
import cn.org.smeie.competition.publicity.entity.ExhibitionForm;
import cn.org.smeie.competition.publicity.entity.PublicityForm;
import cn.org.smeie.competition.publicity.entity.PublicityRecord;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Publicity and exhibitions (宣传展示) of the finals' first prizes, the committee's page: the media's
 * reports and the exhibitions, each shown on the public results page when the committee says so. The
 * rules are the {@link Publicity} boundary's.
 */
@Named
@ViewScoped
public class PublicityConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> RECORD_FIELDS = Set.of("registrationId", "outlet", "title", "publishedOn", "link");
    private static final Set<String> EXHIBITION_FIELDS = Set.of("event", "heldOn", "place");

    @Inject
    Publicity publicity;

    @Inject
    AftercareEditions editions;

    @Inject
    Feedback feedback;

    private long edition;
    private List<Registration> firstPrizes;
    private List<PublicityRecord> records;
    private List<Exhibition> exhibitions;
    private Long registrationId;
    private String outlet;
    private String title;
    private LocalDate publishedOn;
    private String link;
    private String event;
    private LocalDate heldOn;
    private String place;
    private List<Long> projects = new ArrayList<>();

    private Long editionId;

    /** Loads the edition of the page's parameter (the current one without it), on the page's first request. */
    public void load() {
        edition = editions.chosen(editionId);
        firstPrizes = publicity.firstPrizes(edition);
        registrationId = firstPrizes.isEmpty() ? null : firstPrizes.get(0).getId();
        reload();
    }

    private void reload() {
        records = publicity.records(edition);
        exhibitions = publicity.exhibitions(edition);
    }

    public void addRecord() {
        try {
            PublicityRecord r = publicity.addRecord(edition, new PublicityForm(registrationId, outlet, title, publishedOn,
                    link));
            feedback.info("publicity.recorded", r.getTitle());
            outlet = title = link = null;
            publishedOn = null;
            reload();
        } catch (CompetitionException e) {
            feedback.refused(e, Feedback.inputsOf("publicityForm", RECORD_FIELDS));
        }
    }

    public void planExhibition() {
        try {
            Exhibition x = publicity.planExhibition(edition, new ExhibitionForm(event, heldOn, place, Set.copyOf(projects)));
            feedback.info("publicity.planned", x.getEvent());
            event = place = null;
            heldOn = null;
            projects = new ArrayList<>();
            reload();
        } catch (CompetitionException e) {
            Feedback.SerializableFunction inputs = Feedback.inputsOf("publicityForm", EXHIBITION_FIELDS);
            feedback.refused(e, field -> "registrationIds".equals(field) ? "publicityForm:projects" : inputs.apply(field));
        }
    }

    public void toggleRecord(PublicityRecord record) {
        feedback.attempt(() -> publicity.showRecord(record.getId(), record.getVersion(), !record.isShown()),
                PublicityRecord::getTitle, record.isShown() ? "publicity.hidden" : "publicity.shown");
        reload();
    }

    public void toggleExhibition(Exhibition exhibition) {
        feedback.attempt(() -> publicity.showExhibition(exhibition.getId(), exhibition.getVersion(), !exhibition.isShown()),
                Exhibition::getEvent, exhibition.isShown() ? "publicity.hidden" : "publicity.shown");
        reload();
    }

    public List<Registration> getFirstPrizes() {
        return firstPrizes;
    }

    public List<PublicityRecord> getRecords() {
        return records;
    }

    public List<Exhibition> getExhibitions() {
        return exhibitions;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(Long registrationId) {
        this.registrationId = registrationId;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<Long> getProjects() {
        return projects;
    }

    public void setProjects(List<Long> projects) {
        this.projects = projects == null ? new ArrayList<>() : new ArrayList<>(projects);
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }
}
