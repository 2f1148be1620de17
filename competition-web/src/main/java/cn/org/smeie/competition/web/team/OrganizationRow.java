package cn.org.smeie.competition.web.team;

import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.registration.entity.OrganizationForm;
import java.io.Serializable;

/** One organization row of the registration form. */
public class OrganizationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private OrganizationKind kind;
    private String creditCode;

    public OrganizationRow() {
    }

    OrganizationRow(OrganizationKind kind) {
        this.kind = kind;
    }

    static OrganizationRow of(OrganizationForm form) {
        OrganizationRow row = new OrganizationRow(form.kind());
        row.name = form.name();
        row.creditCode = form.creditCode();
        return row;
    }

    OrganizationForm form() {
        return new OrganizationForm(name, kind, creditCode);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }
}
