package cn.org.smeie.competition.certificate.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateKind;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.registration.entity.Member;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.TeamOrganization;
import cn.org.smeie.competition.results.entity.Award;
import cn.org.smeie.competition.results.entity.AwardStatus;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.Prize;
import cn.org.smeie.competition.results.entity.ResultPlan;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans the certificates the confirmed awards and approved honours call for: one for each
 * prize-winning team and one for each of its members, one for each honour — each with its serial
 * number ({@code QXCX-2023-SME202301-0001}, numbered per edition and track or finals) and an
 * unguessable verification code, and with what it will say fixed from then on. A subject that has a
 * certificate gets none (the database holds one standing certificate per subject; a revoked one is
 * replaced only by the committee's reissue), so planning twice plans nothing.
 */
@Stateless
public class CertificatePlanner {

    /** 20 characters of 32 (100 bits), none that reads like another (no 0/O, 1/I/L). */
    private static final char[] CODE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Prize, String> PRIZES = Map.of(Prize.FIRST, "一等奖", Prize.SECOND, "二等奖",
            Prize.THIRD, "三等奖");
    private static final Map<MemberKind, String> ROLES = Map.of(MemberKind.STUDENT, "学生", MemberKind.TEACHER, "指导教师",
            MemberKind.ENTERPRISE_EXPERT, "企业专家");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The confirmed awards of the edition, by id. */
    public List<Long> confirmedAwards(long editionId) {
        return em.createQuery("select a.id from Award a, ResultPlan p where p.roundId = a.round.id"
                        + " and a.round.edition.id = :edition and p.awardStatus = :confirmed order by a.id", Long.class)
                .setParameter("edition", editionId).setParameter("confirmed", AwardStatus.CONFIRMED).getResultList();
    }

    /** The approved honours of the edition, by id. */
    public List<Long> approvedHonors(long editionId) {
        return em.createQuery("select h.id from Honor h where h.edition.id = :edition and h.status = :approved"
                        + " order by h.id", Long.class)
                .setParameter("edition", editionId).setParameter("approved", Honor.Status.APPROVED).getResultList();
    }

    /** Plans the certificates of a confirmed award that it lacks (the team's, its members'); returns how many. */
    public int planAward(long awardId, String actor) {
        Award award = em.find(Award.class, awardId);
        Round round = award.getRound();
        ResultPlan plan = em.find(ResultPlan.class, round.getId());
        if (plan == null || !plan.isConfirmed()) {
            return 0;
        }
        Registration team = award.getRegistration();
        Track track = round.getTrack();
        Long trackId = track == null ? null : track.getId();
        String scope = scopeName(round.getEdition(), track);
        String organizations = names(team, OrganizationKind.UNIVERSITY) + " × " + names(team, OrganizationKind.ENTERPRISE);
        LocalDate issued = plan.getConfirmedAt().atZoneSameInstant(AuditTrail.ZONE).toLocalDate();
        Set<String> standing = standing(awardId);
        List<Certificate> planned = new ArrayList<>();
        Certificate.Subject teamSubject = new Certificate.Subject(awardId, null, null, team.getId(), trackId);
        if (!standing.contains(teamSubject.key())) {
            planned.add(new Certificate(nextSerial(round, planned.size()), code(), CertificateKind.TEAM,
                    round.getEdition().getId(), teamSubject, new Certificate.Content(team.getTeamName(), null,
                    team.getTeamName(), organizations, team.getMembers().stream().map(Member::getName)
                    .collect(Collectors.joining("、")), PRIZES.get(award.getPrize()), scope, issued)));
        }
        for (Member member : team.getMembers()) {
            Certificate.Subject subject = new Certificate.Subject(awardId, member.getId(), null, team.getId(), trackId);
            if (!standing.contains(subject.key())) {
                planned.add(new Certificate(nextSerial(round, planned.size()), code(), CertificateKind.MEMBER,
                        round.getEdition().getId(), subject, new Certificate.Content(member.getName(),
                        ROLES.get(member.getKind()) + " · " + member.getOrganization(), team.getTeamName(),
                        organizations, null, PRIZES.get(award.getPrize()), scope, issued)));
            }
        }
        return persisted(planned, actor);
    }

    /** Plans the certificate of an approved honour if it has none standing; returns how many (0 or 1). */
    public int planHonor(long honorId, String actor) {
        Honor honor = em.find(Honor.class, honorId);
        if (honor.getStatus() != Honor.Status.APPROVED) {
            return 0;
        }
        Track track = honor.getTrack();
        Certificate.Subject subject = new Certificate.Subject(null, null, honorId, null,
                track == null ? null : track.getId());
        if (!em.createQuery("select c.id from Certificate c where c.honorId = :honor", Long.class)
                .setParameter("honor", honorId).getResultList().isEmpty()) {
            return 0; // it has one, standing or revoked (a revoked one is replaced by a reissue only)
        }
        String scope = scopeName(honor.getEdition(), track);
        boolean unit = honor.getKind() == Honor.Kind.ORGANIZING_UNIT;
        Certificate certificate = new Certificate(nextSerial(honor.getEdition().getYear(),
                track == null ? "FINAL" : track.getCode(), 0), code(), CertificateKind.HONOR,
                honor.getEdition().getId(), subject, new Certificate.Content(honor.getName(),
                unit ? null : honor.getOrganization(), null, null, null, unit ? "优秀组织单位" : "优秀工作者", scope,
                honor.getDecidedAt().atZoneSameInstant(AuditTrail.ZONE).toLocalDate()));
        return persisted(List.of(certificate), actor);
    }

    /**
     * A new certificate for the subject of a revoked one, under a new serial and code and with the same
     * words; the revoked one names it.
     */
    public Certificate reissue(Certificate revoked, String actor) {
        Round round = revoked.getAwardId() != null ? em.find(Award.class, revoked.getAwardId()).getRound() : null;
        String serial = round != null ? nextSerial(round, 0) : nextSerial(em.find(Honor.class, revoked.getHonorId())
                .getEdition().getYear(), revoked.getTrackId() == null ? "FINAL"
                : em.find(Track.class, revoked.getTrackId()).getCode(), 0);
        Certificate fresh = new Certificate(serial, code(), revoked.getKind(), revoked.getEditionId(),
                revoked.subject(), revoked.content());
        persisted(List.of(fresh), actor);
        revoked.reissuedAs(serial);
        return fresh;
    }

    private int persisted(List<Certificate> planned, String actor) {
        for (Certificate c : planned) {
            em.persist(c);
        }
        em.flush();
        for (Certificate c : planned) {
            audit.recordAs(actor, "PLAN", "Certificate", c.getSerial(), c.getTrackId(), null,
                    Map.of("kind", c.getKind().name(), "holder", c.getHolder(), "distinction", c.getDistinction()));
        }
        return planned.size();
    }

    /**
     * The subjects of the award that have a certificate, standing or revoked: a revoked one is replaced
     * only when the committee reissues it, never by planning.
     */
    private Set<String> standing(long awardId) {
        return em.createQuery("select c from Certificate c where c.awardId = :award", Certificate.class)
                .setParameter("award", awardId).getResultStream().map(c -> c.subject().key())
                .collect(Collectors.toCollection(HashSet::new));
    }

    private String nextSerial(Round round, int alreadyPlanned) {
        return nextSerial(round.getEdition().getYear(), round.getTrack() == null ? "FINAL" : round.getTrack().getCode(),
                alreadyPlanned);
    }

    /** The next serial of the edition and scope: one more than the certificates numbered so far (and those being planned). */
    private String nextSerial(int year, String scope, int alreadyPlanned) {
        String prefix = "QXCX-" + year + "-" + scope + "-";
        long numbered = em.createQuery("select count(c) from Certificate c where c.serial like :prefix", Long.class)
                .setParameter("prefix", prefix + "%").getSingleResult();
        return prefix + String.format("%04d", numbered + alreadyPlanned + 1);
    }

    static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            code.append(CODE[RANDOM.nextInt(CODE.length)]);
        }
        return code.toString();
    }

    /** Where the distinction was won, as the certificate says it: 首届企校协同创新大赛 SME202301 新一代信息技术专项赛. */
    static String scopeName(Edition edition, Track track) {
        return edition.getNameZh() + " " + (track == null ? "全国总决赛" : track.getCode() + " " + track.getFieldZh()
                + "专项赛");
    }

    private static String names(Registration team, OrganizationKind kind) {
        return team.getOrganizations().stream().filter(o -> o.getKind() == kind).map(TeamOrganization::getName)
                .collect(Collectors.joining("、"));
    }
}
