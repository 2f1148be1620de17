package cn.org.smeie.competition.publicity.entity;

import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.Prize;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public results page of an edition shows: the prizes of each round the committee has
 * published (its awards confirmed), the finals last, and the honours once the committee has made them
 * public. Nothing else of a round — no scores of teams without a prize, no judges.
 *
 * @param honours the approved honours, or null while they are not public
 */
public record EditionResults(long editionId, String editionZh, String editionEn, List<RoundResult> rounds,
                             List<HonourLine> honours, List<PressLine> press, List<ExhibitionLine> exhibitions)
        implements Serializable {

    public EditionResults {
        rounds = List.copyOf(rounds);
        honours = honours == null ? null : List.copyOf(honours);
        press = List.copyOf(press);
        exhibitions = List.copyOf(exhibitions);
    }

    /** A report of the media on a finals first prize that the committee shows. */
    public record PressLine(String teamName, String projectTitle, String outlet, String title, LocalDate publishedOn,
                            String link) implements Serializable {
    }

    /** An exhibition the committee shows, with the projects it exhibits. */
    public record ExhibitionLine(String event, LocalDate heldOn, String place, List<String> projects)
            implements Serializable {

        public ExhibitionLine {
            projects = List.copyOf(projects);
        }
    }

    /** The prizes of one published round; {@code trackCode} is null for the national finals. */
    public record RoundResult(String trackCode, String fieldZh, String fieldEn, List<Winner> winners)
            implements Serializable {

        public RoundResult {
            winners = List.copyOf(winners);
        }

        public boolean finals() {
            return trackCode == null;
        }
    }

    /** A prize-winning team as the public sees it. */
    public record Winner(Prize prize, int rank, String teamName, String projectTitle, String universities,
                         String enterprises) implements Serializable {
    }

    /** An approved honour; {@code trackCode} is null for the finals'. */
    public record HonourLine(Honor.Kind kind, String name, String organization, String trackCode)
            implements Serializable {
    }

    public boolean honoursPublic() {
        return honours != null;
    }
}
