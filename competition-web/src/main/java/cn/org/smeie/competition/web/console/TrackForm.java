package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import java.io.Serializable;
import java.time.LocalDate;

/** What the track dialog edits; the EJB layer decides whether it is acceptable. */
public class TrackForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long trackId;
    private int version;
    private String code;
    private String fieldZh;
    private String fieldEn;
    private String focusZh;
    private String abilitiesZh;
    private String objectiveZh;
    private String hostOrganization;
    private String contactName;
    private String contactPhone;
    private LocalDate competitionDate;

    static TrackForm blank() {
        return new TrackForm();
    }

    static TrackForm of(Track track) {
        TrackForm form = new TrackForm();
        TrackDetails d = track.details();
        form.trackId = track.getId();
        form.version = track.getVersion();
        form.code = d.code();
        form.fieldZh = d.fieldZh();
        form.fieldEn = d.fieldEn();
        form.focusZh = d.focusZh();
        form.abilitiesZh = d.abilitiesZh();
        form.objectiveZh = d.objectiveZh();
        form.hostOrganization = d.hostOrganization();
        form.contactName = d.contactName();
        form.contactPhone = d.contactPhone();
        form.competitionDate = d.competitionDate();
        return form;
    }

    TrackDetails details() {
        return new TrackDetails(code, fieldZh, fieldEn, focusZh, abilitiesZh, objectiveZh, hostOrganization,
                contactName, contactPhone, competitionDate);
    }

    public boolean isNew() {
        return trackId == null;
    }

    public Long getTrackId() {
        return trackId;
    }

    public int getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFieldZh() {
        return fieldZh;
    }

    public void setFieldZh(String fieldZh) {
        this.fieldZh = fieldZh;
    }

    public String getFieldEn() {
        return fieldEn;
    }

    public void setFieldEn(String fieldEn) {
        this.fieldEn = fieldEn;
    }

    public String getFocusZh() {
        return focusZh;
    }

    public void setFocusZh(String focusZh) {
        this.focusZh = focusZh;
    }

    public String getAbilitiesZh() {
        return abilitiesZh;
    }

    public void setAbilitiesZh(String abilitiesZh) {
        this.abilitiesZh = abilitiesZh;
    }

    public String getObjectiveZh() {
        return objectiveZh;
    }

    public void setObjectiveZh(String objectiveZh) {
        this.objectiveZh = objectiveZh;
    }

    public String getHostOrganization() {
        return hostOrganization;
    }

    public void setHostOrganization(String hostOrganization) {
        this.hostOrganization = hostOrganization;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public LocalDate getCompetitionDate() {
        return competitionDate;
    }

    public void setCompetitionDate(LocalDate competitionDate) {
        this.competitionDate = competitionDate;
    }
}
