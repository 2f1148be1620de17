package cn.org.smeie.competition.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** One criterion (评比维度) of a round and its weight in a judge's total. */
@Entity
@Table(name = "judging_criterion")
public class Criterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "judging_criterion_seq", sequenceName = "judging_criterion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judging_criterion_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private Round round;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal weight;

    protected Criterion() {
    }

    Criterion(Round round, int position, CriterionForm form) {
        this.round = round;
        this.position = position;
        this.code = form.code();
        this.nameZh = form.nameZh();
        this.nameEn = form.nameEn();
        this.weight = form.weight();
    }

    void update(int newPosition, CriterionForm form) {
        position = newPosition;
        nameZh = form.nameZh();
        nameEn = form.nameEn();
        weight = form.weight();
    }

    public CriterionForm form() {
        return new CriterionForm(code, nameZh, nameEn, weight);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public BigDecimal getWeight() {
        return weight;
    }
}
