package cn.org.smeie.competition.web.aftercare;

import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.support.boundary.ConversionSupport;
import cn.org.smeie.competition.support.boundary.SupportReport;
import cn.org.smeie.competition.support.entity.Expert;
import cn.org.smeie.competition.support.entity.ExpertForm;
import cn.org.smeie.competition.support.entity.SupportCase;
import cn.org.smeie.competition.support.entity.SupportKind;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Commercialization support (成果转化支持), the committee's page: the register of experts and mentors,
 * the teams' cases (assign, note, close) and the edition's figures. The rules are the
 * {@link ConversionSupport} boundary's.
 */
@Named
@ViewScoped
public class SupportConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> EXPERT_FIELDS = Set.of("name", "organization", "expertise", "kinds", "email",
            "mobile");

    @Inject
    ConversionSupport support;

    @Inject
    AftercareEditions editions;

    @Inject
    Feedback feedback;

    private long edition;
    private List<Expert> experts;
    private List<SupportCase> cases;
    private SupportReport report;
    private String name;
    private String organization;
    private String expertise;
    private List<SupportKind> kinds = new ArrayList<>();
    private String email;
    private String mobile;
    private SupportCase working;
    private Long expertId;
    private String text;

    private Long editionId;

    /** Loads the edition of the page's parameter (the current one without it), on the page's first request. */
    public void load() {
        edition = editions.chosen(editionId);
        reload();
    }

    private void reload() {
        experts = support.experts();
        cases = support.cases(edition);
        report = support.report(edition);
    }

    public void registerExpert() {
        try {
            Expert e = support.registerExpert(new ExpertForm(name, organization, expertise, Set.copyOf(kinds), email,
                    mobile));
            feedback.info("support.expertRegistered", e.getName());
            name = organization = expertise = email = mobile = null;
            kinds = new ArrayList<>();
            reload();
        } catch (CompetitionException e) {
            feedback.refused(e, Feedback.inputsOf("expertForm", EXPERT_FIELDS));
        }
    }

    public void toggleExpert(Expert expert) {
        feedback.attempt(() -> support.setExpertActive(expert.getId(), expert.getVersion(), !expert.isActive()),
                Expert::getName, expert.isActive() ? "support.expertDisabled" : "support.expertEnabled");
        reload();
    }

    /** Opens the dialog of a case: an expert to assign (one that suits it), a note or the outcome. */
    public void startWork(SupportCase supportCase) {
        working = supportCase;
        expertId = getSuitedExperts().stream().findFirst().map(Expert::getId).orElse(null);
        text = null;
    }

    public void assign() {
        change(() -> support.assign(working.getId(), working.getVersion(), expertId == null ? -1 : expertId),
                "support.assigned");
    }

    public void note() {
        change(() -> support.note(working.getId(), working.getVersion(), text), "support.noted");
    }

    public void close() {
        change(() -> support.close(working.getId(), working.getVersion(), text), "support.closedDone");
    }

    private void change(Supplier<SupportCase> action, String doneKey) {
        try {
            working = action.get();
            feedback.info(doneKey, working.getId());
            text = null;
            reload();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> "note".equals(field) || "outcome".equals(field) ? "caseForm:text" : null);
        }
    }

    /** The active experts who give one of the kinds of support the open case asks for. */
    public List<Expert> getSuitedExperts() {
        return working == null ? List.of() : experts.stream()
                .filter(e -> e.isActive() && e.offersAnyOf(working.getKinds())).toList();
    }

    public SupportKind[] getAllKinds() {
        return SupportKind.values();
    }

    public List<Expert> getExperts() {
        return experts;
    }

    public List<SupportCase> getCases() {
        return cases;
    }

    public SupportReport getReport() {
        return report;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public List<SupportKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<SupportKind> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public SupportCase getWorking() {
        return working;
    }

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }
}
