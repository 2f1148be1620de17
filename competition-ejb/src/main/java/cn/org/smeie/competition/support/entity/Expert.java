package cn.org.smeie.competition.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * An expert or mentor of the committee's register (专家与导师库): lawyers, designers, patent agents,
 * investors, and the entrepreneurship, technology, investment and management mentors the committee
 * assigns to the teams' support cases. One that no longer serves is made inactive, never deleted.
 */
@Entity
@Table(name = "support_expert")
@NamedQuery(name = Expert.ALL, query = "select e from Expert e order by e.active desc, e.name, e.id")
public class Expert implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Expert.all";

    @Id
    @SequenceGenerator(name = "support_expert_seq", sequenceName = "support_expert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_expert_seq")
    private Long id;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(nullable = false, length = 200)
    private String organization;

    @Column(length = 500)
    private String expertise;

    @Convert(converter = SupportKindsConverter.class)
    @Column(nullable = false, length = 300)
    private Set<SupportKind> kinds = EnumSet.noneOf(SupportKind.class);

    @Column(length = 200)
    private String email;

    @Column(length = 20)
    private String mobile;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Expert() {
    }

    public Expert(ExpertForm form) {
        describe(form);
    }

    public void describe(ExpertForm form) {
        name = form.name();
        organization = form.organization();
        expertise = form.expertise();
        kinds = EnumSet.copyOf(form.kinds());
        email = form.email();
        mobile = form.mobile();
    }

    public void active(boolean active) {
        this.active = active;
    }

    /** Whether the expert gives at least one of these kinds of support. */
    public boolean offersAnyOf(Set<SupportKind> wanted) {
        return wanted.stream().anyMatch(kinds::contains);
    }

    public ExpertForm form() {
        return new ExpertForm(name, organization, expertise, kinds, email, mobile);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganization() {
        return organization;
    }

    public String getExpertise() {
        return expertise;
    }

    public Set<SupportKind> getKinds() {
        return EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(SupportKind.class) : kinds);
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }
}
