package cn.org.smeie.competition.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * An organization the competition names: a university or enterprise of a team, the host
 * organization of a track, an organizer of an edition. One row per name and kind.
 */
@Entity
@NamedQuery(name = Organization.BY_NAME_AND_KIND,
        query = "select o from Organization o where o.name = :name and o.kind = :kind")
public class Organization implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_NAME_AND_KIND = "Organization.byNameAndKind";

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationKind kind;

    /** 统一社会信用代码, when known. */
    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Version
    private int version;

    protected Organization() {
    }

    public Organization(String name, OrganizationKind kind) {
        this.name = Objects.requireNonNull(name).strip();
        this.kind = Objects.requireNonNull(kind);
    }

    public Long getId() {
        return id;
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

    @Override
    public String toString() {
        return kind + ":" + name;
    }
}
