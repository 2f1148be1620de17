package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.account.boundary.AccountDraft;
import cn.org.smeie.competition.account.boundary.AccountQuery;
import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.boundary.NewAccount;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.AccountStatus;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.shared.Feedback;
import cn.org.smeie.competition.web.shared.PagedList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The account page. The committee lists, creates, disables, enables and resets accounts; a host
 * sees the judges of its tracks and invites new ones. What each may do is decided by the
 * {@link Accounts} boundary; this page only offers it.
 */
@Named
@ViewScoped
public class AccountConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Function<String, String> INPUT_OF_FIELD = Feedback.inputsOf("accountForm",
            Set.of("username", "displayName", "email", "role", "trackIds"));

    @Inject
    Accounts accounts;

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    @Inject
    Feedback feedback;

    private Edition edition;
    private List<Track> tracks;
    private boolean committee;

    private Role role;
    private AccountStatus status;
    private Long trackId;
    private String text;
    private PagedList<Account> list;

    private String username;
    private String displayName;
    private String email;
    private Role newRole = Role.HOST;
    private List<Long> trackIds = new ArrayList<>();
    private boolean judgesFinals;
    private NewAccount issued;

    @PostConstruct
    void init() {
        committee = accounts.me().map(a -> a.getRole() == Role.COMMITTEE).orElse(false);
        edition = editions.current();
        tracks = catalog.tracksOf(edition.getId());
        list = new PagedList<>((first, max) -> accounts.list(query(), first, max), () -> accounts.count(query()),
                Account::getId);
    }

    private AccountQuery query() {
        return new AccountQuery(role, status, trackId, text);
    }

    public void startNew() {
        username = null;
        displayName = null;
        email = null;
        newRole = committee ? Role.HOST : Role.JUDGE;
        trackIds = new ArrayList<>();
        judgesFinals = false;
        issued = null;
    }

    /** Creates the account (committee) or invites a judge to one of the host's tracks. */
    public void create() {
        try {
            if (committee) {
                issued = accounts.create(new AccountDraft(username, displayName, email, newRole,
                        new HashSet<>(trackIds), judgesFinals ? Set.of(edition.getId()) : Set.of()));
            } else {
                long track = trackIds.isEmpty() ? -1 : trackIds.get(0);
                issued = accounts.inviteJudge(track, new AccountDraft(username, displayName, email, Role.JUDGE,
                        Set.of(track), Set.of()));
            }
            feedback.info("accounts.created", issued.account().getUsername());
        } catch (CompetitionException e) {
            feedback.refused(e, INPUT_OF_FIELD);
        }
    }

    public void disable(Account account) {
        feedback.attempt(() -> accounts.disable(account.getId()), Account::getUsername, "accounts.disabled");
    }

    public void enable(Account account) {
        feedback.attempt(() -> accounts.enable(account.getId()), Account::getUsername, "accounts.enabled");
    }

    public void reset(Account account) {
        issued = feedback.attempt(() -> accounts.resetPassword(account.getId()), n -> n.account().getUsername(),
                "accounts.wasReset").orElse(null);
    }

    /** The codes of the tracks an account is bound to, for its row. */
    public String tracksOf(Account account) {
        return String.join(", ", account.trackCodes());
    }

    public List<Role> getRoles() {
        return committee ? List.of(Role.HOST, Role.JUDGE, Role.COMMITTEE) : List.of(Role.JUDGE);
    }

    public List<Role> getFilterRoles() {
        return List.of(Role.values());
    }

    public List<AccountStatus> getStatuses() {
        return List.of(AccountStatus.values());
    }

    public boolean isCommittee() {
        return committee;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public PagedList<Account> getList() {
        return list;
    }

    public NewAccount getIssued() {
        return issued;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public List<Long> getTrackIds() {
        return trackIds;
    }

    public void setTrackIds(List<Long> trackIds) {
        this.trackIds = trackIds == null ? new ArrayList<>() : trackIds;
    }

    public boolean isJudgesFinals() {
        return judgesFinals;
    }

    public void setJudgesFinals(boolean judgesFinals) {
        this.judgesFinals = judgesFinals;
    }
}
