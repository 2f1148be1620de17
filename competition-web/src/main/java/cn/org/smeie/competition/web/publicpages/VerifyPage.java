package cn.org.smeie.competition.web.publicpages;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.boundary.Verification;
import cn.org.smeie.competition.platform.error.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public verification of a certificate ({@code /verify.xhtml?code=}, the address of its QR code). */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Certificates certificates;

    private String code;
    private Verification verification;
    private boolean unknown;

    /** Looks the code up (f:viewAction, and the form's button). */
    public void verify() {
        verification = null;
        unknown = false;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            verification = certificates.verify(code);
        } catch (NotFoundException e) {
            unknown = true;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getVerification() {
        return verification;
    }

    public boolean isUnknown() {
        return unknown;
    }
}
