package cn.org.smeie.competition.registration.entity;

import cn.org.smeie.competition.organization.entity.OrganizationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A university or enterprise of a registered team, as the team names it. */
@Entity
@Table(name = "registration_organization")
public class TeamOrganization implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "registration_organization_seq", sequenceName = "registration_organization_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_organization_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationKind kind;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    protected TeamOrganization() {
    }

    TeamOrganization(Registration registration, int position, OrganizationForm form) {
        this.registration = registration;
        this.position = position;
        this.name = form.name();
        this.kind = form.kind();
        this.creditCode = form.creditCode();
    }

    public OrganizationForm form() {
        return new OrganizationForm(name, kind, creditCode);
    }

    public String getName() {
        return name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getCreditCode() {
        return creditCode;
    }
}
