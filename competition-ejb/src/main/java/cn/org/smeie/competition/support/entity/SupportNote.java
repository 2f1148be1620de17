package cn.org.smeie.competition.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A note on a support case: what was done or agreed, by whom and when. Notes are never changed. */
@Entity
@Table(name = "support_note")
public class SupportNote implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "support_note_seq", sequenceName = "support_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_note_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "written_by", nullable = false, length = 100, updatable = false)
    private String writtenBy;

    @Column(nullable = false, length = 2000, updatable = false)
    private String text;

    protected SupportNote() {
    }

    SupportNote(SupportCase supportCase, String text, String by, OffsetDateTime now) {
        this.supportCase = supportCase;
        this.text = text;
        this.writtenBy = by;
        this.writtenAt = now;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public String getText() {
        return text;
    }
}
