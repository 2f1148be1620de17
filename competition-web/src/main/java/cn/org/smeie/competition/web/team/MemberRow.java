package cn.org.smeie.competition.web.team;

import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.MemberKind;
import java.io.Serializable;

/** One member row of the registration form, as the page edits it. */
public class MemberRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private MemberKind kind;
    private String organization;
    private String title;
    private String email;
    private String mobile;
    private boolean presenter;

    public MemberRow() {
    }

    MemberRow(MemberKind kind, boolean presenter) {
        this.kind = kind;
        this.presenter = presenter;
    }

    static MemberRow of(MemberForm form) {
        MemberRow row = new MemberRow(form.kind(), form.presenter());
        row.name = form.name();
        row.organization = form.organization();
        row.title = form.title();
        row.email = form.email();
        row.mobile = form.mobile();
        return row;
    }

    MemberForm form() {
        return new MemberForm(name, kind, organization, title, email, mobile, presenter);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public boolean isPresenter() {
        return presenter;
    }

    public void setPresenter(boolean presenter) {
        this.presenter = presenter;
    }
}
