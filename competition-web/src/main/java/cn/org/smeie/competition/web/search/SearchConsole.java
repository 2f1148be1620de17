package cn.org.smeie.competition.web.search;

import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.search.boundary.Search;
import cn.org.smeie.competition.search.boundary.SearchHit;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The console's search page: what {@link Search} finds for the caller, with a link to each. */
@Named
@ViewScoped
public class SearchConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Search search;

    @Inject
    Feedback feedback;

    private String q;
    private List<SearchHit> hits;

    /** Runs the search given in the address (?q=…), from the header's search box or a bookmark. */
    public void onLoad() {
        if (q != null && !q.isBlank()) {
            find();
        }
    }

    public void find() {
        try {
            hits = search.find(q);
        } catch (CompetitionException e) {
            hits = null;
            feedback.refused(e, field -> "searchForm:q");
        }
    }


    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<SearchHit> getHits() {
        return hits;
    }
}
