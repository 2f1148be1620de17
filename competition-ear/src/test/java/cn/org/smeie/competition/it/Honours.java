package cn.org.smeie.competition.it;

import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.HonorForm;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.enterprise.inject.spi.CDI;

/** Certificates to make in bulk: approved honours of staff, one certificate each. */
public final class Honours {

    private Honours() {
    }

    /** A new track of the first edition with {@code count} approved honours of staff (names with rare characters). */
    public static Track approved(int count) {
        Caller.asCommittee();
        Results results = CDI.current().select(Results.class).get();
        long edition = FinalsTeams.firstEdition();
        Track track = Teams.openTrack(edition);
        for (int i = 0; i < count; i++) {
            Honor h = results.nominate(edition, track.getId(), new HonorForm(Honor.Kind.STAFF,
                    "王" + "伟芳娜敏静丽强磊军洋".charAt(i % 10) + "明华平英玲喆堃玥昇淼".charAt(i / 10 % 10),
                    "企校协同创新大赛" + track.getCode() + "承办单位", "赛务组织与保障"));
            results.decide(h.getId(), h.getVersion(), true, null);
        }
        return track;
    }
}
