package cn.org.smeie.competition.web.publicpages;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.publicity.boundary.PublicResults;
import cn.org.smeie.competition.publicity.entity.EditionResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public results page ({@code /results.xhtml?edition=}, the current edition without one): what the
 * committee has made public of an edition, as {@link PublicResults} gives it; the other editions a link away.
 */
@Named
@RequestScoped
public class ResultsPage {

    @Inject
    PublicResults publicResults;

    @Inject
    Editions editions;

    private Long editionId;
    private EditionResults results;
    private List<Edition> all;

    /** Loads the edition named by the view parameter; an unknown one shows as nothing published. */
    public void load() {
        all = editions.all();
        try {
            results = publicResults.ofEdition(editionId == null ? editions.current().getId() : editionId);
        } catch (NotFoundException unknown) {
            results = null;
        }
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public EditionResults getResults() {
        return results;
    }

    public List<Edition> getAll() {
        return all;
    }

    /** Whether anything of the edition is public yet. */
    public boolean isAnythingPublic() {
        return results != null && (!results.rounds().isEmpty() || results.honoursPublic() || !results.press().isEmpty()
                || !results.exhibitions().isEmpty());
    }
}
