package cn.org.smeie.competition.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An organization a judge works for: teams of it are conflicts of that judge. */
@Entity
@Table(name = "judge_organization")
@IdClass(JudgeOrganization.Key.class)
@NamedQuery(name = JudgeOrganization.OF_JUDGES, query = "select o from JudgeOrganization o"
        + " where o.judgeAccountId in :judges order by o.judgeAccountId, o.name")
public class JudgeOrganization implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_JUDGES = "JudgeOrganization.ofJudges";

    @Id
    @Column(name = "judge_account_id", nullable = false)
    private Long judgeAccountId;

    @Id
    @Column(nullable = false, length = 200)
    private String name;

    protected JudgeOrganization() {
    }

    public JudgeOrganization(long judgeAccountId, String name) {
        this.judgeAccountId = judgeAccountId;
        this.name = Objects.requireNonNull(name);
    }

    public Long getJudgeAccountId() {
        return judgeAccountId;
    }

    public String getName() {
        return name;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long judgeAccountId;
        private String name;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(judgeAccountId, k.judgeAccountId)
                    && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(judgeAccountId, name);
        }
    }
}
