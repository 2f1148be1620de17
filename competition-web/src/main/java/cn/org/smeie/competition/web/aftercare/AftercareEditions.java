package cn.org.smeie.competition.web.aftercare;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The editions whose aftermath the committee's pages show, one link each: what follows the finals of
 * an edition goes on after the next edition has become the current one.
 */
@Named
@RequestScoped
public class AftercareEditions {

    @Inject
    Editions editions;

    private List<Edition> all;

    public List<Edition> getAll() {
        if (all == null) {
            all = editions.all();
        }
        return all;
    }

    /** The edition named by a page's parameter, or the current one without it. */
    public long chosen(Long editionId) {
        return editionId == null ? editions.current().getId() : editions.edition(editionId).getId();
    }
}
