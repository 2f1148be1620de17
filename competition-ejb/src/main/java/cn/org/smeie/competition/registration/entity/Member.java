package cn.org.smeie.competition.registration.entity;

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

/** One member of a registered team. */
@Entity
@Table(name = "registration_member")
public class Member implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "registration_member_seq", sequenceName = "registration_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_member_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    /** The registration's track, repeated so that the database keeps a person in one team per track. */
    @Column(name = "track_id", nullable = false, updatable = false)
    private Long trackId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberKind kind;

    @Column(name = "organization_name", nullable = false, length = 200)
    private String organization;

    @Column(length = 100)
    private String title;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(nullable = false, length = 20)
    private String mobile;

    @Column(nullable = false)
    private boolean presenter;

    protected Member() {
    }

    Member(Registration registration, int position, MemberForm form) {
        this.registration = registration;
        this.trackId = registration.getTrack().getId();
        this.position = position;
        this.name = form.name();
        this.kind = form.kind();
        this.organization = form.organization();
        this.title = form.title();
        this.email = form.email();
        this.mobile = form.mobile();
        this.presenter = form.presenter();
    }

    public MemberForm form() {
        return new MemberForm(name, kind, organization, title, email, mobile, presenter);
    }

    public Registration getRegistration() {
        return registration;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public MemberKind getKind() {
        return kind;
    }

    public String getOrganization() {
        return organization;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public boolean isPresenter() {
        return presenter;
    }
}
