package cn.org.smeie.competition.web.aftercare;

import cn.org.smeie.competition.careers.boundary.Careers;
import cn.org.smeie.competition.careers.entity.Recommendation;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.support.boundary.ConversionSupport;
import cn.org.smeie.competition.support.entity.SupportCase;
import cn.org.smeie.competition.support.entity.SupportKind;
import cn.org.smeie.competition.support.entity.SupportRequest;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A team contact's page of what follows the finals: the job and internship recommendations of the
 * team's students, and the team's commercialization support cases, with a request for a new one. The
 * rules are the {@link Careers} and {@link ConversionSupport} boundaries'.
 */
@Named
@ViewScoped
public class TeamAftercare implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("kinds", "description");

    @Inject
    Careers careers;

    @Inject
    ConversionSupport support;

    @Inject
    Feedback feedback;

    private List<Recommendation> recommendations;
    private List<SupportCase> cases;
    private List<Registration> eligible;
    private Long registrationId;
    private List<SupportKind> kinds = new ArrayList<>();
    private String description;

    @PostConstruct
    void init() {
        recommendations = careers.mine();
        eligible = support.eligibleTeams();
        registrationId = eligible.isEmpty() ? null : eligible.get(0).getId();
        cases = support.mine();
    }

    public void request() {
        try {
            SupportCase c = support.request(registrationId == null ? -1 : registrationId,
                    new SupportRequest(Set.copyOf(kinds), description));
            feedback.info("support.requested", c.getId());
            kinds = new ArrayList<>();
            description = null;
            cases = support.mine();
        } catch (CompetitionException e) {
            feedback.refused(e, Feedback.inputsOf("supportForm", FIELDS));
        }
    }

    public SupportKind[] getAllKinds() {
        return SupportKind.values();
    }

    public List<Recommendation> getRecommendations() {
        return recommendations;
    }

    public List<SupportCase> getCases() {
        return cases;
    }

    public List<Registration> getEligible() {
        return eligible;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(Long registrationId) {
        this.registrationId = registrationId;
    }

    public List<SupportKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<SupportKind> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
