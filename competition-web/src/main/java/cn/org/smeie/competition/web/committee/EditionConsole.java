package cn.org.smeie.competition.web.committee;

import cn.org.smeie.competition.edition.boundary.EditionAdmin;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.edition.entity.EditionForm;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The committee's editions page: every edition with its calendar, the dialog that adds the next one
 * or edits one, and the button that makes one current. The rules are {@link EditionAdmin}'s.
 */
@Named
@ViewScoped
public class EditionConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Feedback.SerializableFunction INPUT_OF_FIELD = Feedback.inputsOf("editionForm",
            Set.of("ordinal", "year", "nameZh", "nameEn", "registrationDeadline", "trackDeadline", "finalsMonth",
                    "minTeamSize", "maxTeamSize"));

    @Inject
    Editions editions;

    @Inject
    EditionAdmin admin;

    @Inject
    Feedback feedback;

    private List<Edition> all;
    // the dialog's fields; editing is null for a new edition
    private Long editing;
    private int version;
    private Integer ordinal;
    private Integer year;
    private String nameZh;
    private String nameEn;
    private LocalDateTime registrationDeadline;
    private LocalDate trackDeadline;
    /** The finals month, as the first day of it (the month picker's value). */
    private LocalDate finalsMonth;
    private Integer minTeamSize;
    private Integer maxTeamSize;

    @PostConstruct
    void load() {
        all = editions.all();
    }

    /** The dialog for the next edition: the newest one's calendar a year on. */
    public void startNew() {
        editing = null;
        Edition newest = all.isEmpty() ? null : all.get(0);
        ordinal = newest == null ? 1 : all.stream().mapToInt(Edition::getOrdinal).max().orElse(0) + 1;
        year = newest == null ? LocalDate.now().getYear() : newest.getYear() + 1;
        nameZh = null;
        nameEn = null;
        registrationDeadline = newest == null ? null : newest.getRegistrationDeadline().plusYears(1);
        trackDeadline = newest == null ? null : newest.getTrackDeadline().plusYears(1);
        finalsMonth = newest == null ? null : newest.getFinalsMonth().plusYears(1).atDay(1);
        minTeamSize = newest == null ? 3 : newest.getMinTeamSize();
        maxTeamSize = newest == null ? 10 : newest.getMaxTeamSize();
    }

    public void startEdit(Edition edition) {
        editing = edition.getId();
        version = edition.getVersion();
        EditionForm form = edition.form();
        ordinal = form.ordinal();
        year = form.year();
        nameZh = form.nameZh();
        nameEn = form.nameEn();
        registrationDeadline = form.registrationDeadline();
        trackDeadline = form.trackDeadline();
        finalsMonth = form.finalsMonth().atDay(1);
        minTeamSize = form.minTeamSize();
        maxTeamSize = form.maxTeamSize();
    }

    public void save() {
        EditionForm form = new EditionForm(ordinal, year, nameZh, nameEn, registrationDeadline, trackDeadline,
                finalsMonth == null ? null : YearMonth.from(finalsMonth), minTeamSize, maxTeamSize);
        try {
            Edition saved = editing == null ? admin.create(form) : admin.update(editing, version, form);
            feedback.info("editions.saved", saved.getNameZh());
            load();
        } catch (CompetitionException e) {
            feedback.refused(e, INPUT_OF_FIELD);
        }
    }

    public void makeCurrent(Edition edition) {
        feedback.attempt(() -> admin.makeCurrent(edition.getId(), edition.getVersion()), Edition::getNameZh,
                "editions.madeCurrent");
        load();
    }

    public List<Edition> getAll() {
        return all;
    }

    public boolean isNew() {
        return editing == null;
    }

    public Integer getOrdinal() {
        return ordinal;
    }

    public void setOrdinal(Integer ordinal) {
        this.ordinal = ordinal;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public LocalDateTime getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDateTime registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public LocalDate getTrackDeadline() {
        return trackDeadline;
    }

    public void setTrackDeadline(LocalDate trackDeadline) {
        this.trackDeadline = trackDeadline;
    }

    public LocalDate getFinalsMonth() {
        return finalsMonth;
    }

    public void setFinalsMonth(LocalDate finalsMonth) {
        this.finalsMonth = finalsMonth;
    }

    public Integer getMinTeamSize() {
        return minTeamSize;
    }

    public void setMinTeamSize(Integer minTeamSize) {
        this.minTeamSize = minTeamSize;
    }

    public Integer getMaxTeamSize() {
        return maxTeamSize;
    }

    public void setMaxTeamSize(Integer maxTeamSize) {
        this.maxTeamSize = maxTeamSize;
    }
}
