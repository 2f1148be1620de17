package cn.org.smeie.competition.web.team;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.web.shared.Downloads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** A team contact's certificates: the team's and its members', to download. */
@Named
@ViewScoped
public class TeamCertificates implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    private List<Certificate> mine;

    @PostConstruct
    void init() {
        mine = certificates.mine();
    }

    public StreamedContent download(Certificate certificate) {
        return Downloads.file(certificates.file(certificate.getId()), certificate.getSerial() + ".pdf", Downloads.PDF);
    }

    public List<Certificate> getMine() {
        return mine;
    }
}
