package cn.org.smeie.competition.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A PDF a team attached to its registration. The bytes are in the data folder ({@link #getStoredAs()},
 * relative to the materials folder), named by their SHA-256, which is kept here to check them.
 */
@Entity
@Table(name = "registration_material")
@NamedQuery(name = Material.OF_REGISTRATION,
        query = "select m from Material m where m.registration.id = :registration order by m.id")
public class Material implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_REGISTRATION = "Material.ofRegistration";

    @Id
    @SequenceGenerator(name = "registration_material_seq", sequenceName = "registration_material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_material_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "stored_as", nullable = false, length = 300, updatable = false)
    private String storedAs;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    protected Material() {
    }

    public Material(Registration registration, String fileName, long size, String sha256, String storedAs,
                    OffsetDateTime uploadedAt, String uploadedBy) {
        this.registration = registration;
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
        this.storedAs = storedAs;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStoredAs() {
        return storedAs;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
