package cn.org.smeie.competition.careers.boundary;

import cn.org.smeie.competition.results.entity.Prize;
import java.io.Serializable;

/** A student of a team with a prize of the national finals: whom the committee may recommend. */
public record Candidate(long memberId, String name, String organization, long registrationId, String teamName,
                        Prize prize) implements Serializable {
}
