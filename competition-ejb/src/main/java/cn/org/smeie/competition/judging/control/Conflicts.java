package cn.org.smeie.competition.judging.control;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Conflicts of interest (回避) between a judge and a team, found without anyone declaring them: the
 * judge works for one of the team's universities or enterprises, or shares an e-mail domain with a
 * member of the team — unless the domain is a public mail service that anyone may use. Pure.
 */
public final class Conflicts {

    /** Mail services open to anyone: sharing one says nothing about an employer. */
    public static final Set<String> PUBLIC_DOMAINS = Set.of("qq.com", "vip.qq.com", "foxmail.com", "163.com",
            "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com", "139.com", "189.cn", "wo.cn",
            "gmail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com", "me.com");

    private Conflicts() {
    }

    /** What ties a judge to a team, as a reason to show ("organization 哈尔滨工业大学", "e-mail domain hit.edu.cn"). */
    public record Tie(String kind, String detail) {
    }

    /**
     * @param judgeOrganizations the judge's organizations, by name
     * @param judgeEmail         the judge's e-mail, or null
     * @param teamOrganizations  the team's universities and enterprises, by name
     * @param memberEmails       the e-mails of the team's members
     */
    public static Optional<Tie> detect(Collection<String> judgeOrganizations, String judgeEmail,
                                       Collection<String> teamOrganizations, Collection<String> memberEmails) {
        Set<String> team = teamOrganizations.stream().map(Conflicts::normalized).collect(Collectors.toSet());
        Optional<String> shared = judgeOrganizations.stream().filter(o -> team.contains(normalized(o))).findFirst();
        if (shared.isPresent()) {
            return Optional.of(new Tie("ORGANIZATION", shared.get()));
        }
        String domain = domainOf(judgeEmail);
        if (domain != null && !PUBLIC_DOMAINS.contains(domain)
                && memberEmails.stream().map(Conflicts::domainOf).anyMatch(domain::equals)) {
            return Optional.of(new Tie("EMAIL_DOMAIN", domain));
        }
        return Optional.empty();
    }

    /** The part after @, in lower case; null when there is none. */
    static String domainOf(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** Names compare without spaces and in one width: "华为 技术有限公司" = "华为技术有限公司", "（北京）" = "(北京)". */
    static String normalized(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
