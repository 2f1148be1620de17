package cn.org.smeie.competition.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.boundary.AccountDraft;
import cn.org.smeie.competition.account.boundary.AccountQuery;
import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.boundary.NewAccount;
import cn.org.smeie.competition.account.boundary.SignIn;
import cn.org.smeie.competition.account.boundary.SignInResult.Outcome;
import cn.org.smeie.competition.account.control.SignInPolicy;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** Sign-in, the first committee account, lockout, one-time passwords, password rules, account management, audit. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AccountsIT.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    SignInPolicy policy;

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    AuditLog audit;

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void theFirstCommitteeAccountComesFromTheConfigurationAndSignsIn() {
        assertEquals(AuthenticationStatus.SUCCESS, Caller.signIn(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD));
        Account me = accounts.me().orElseThrow();
        assertEquals(Role.COMMITTEE, me.getRole());
        assertFalse(me.isMustChangePassword(), "a configured password need not be changed");
        AuditEntry created = audit.history("Account", me.getId()).get(0);
        assertEquals("CREATE", created.getAction());
        assertEquals("system", created.getActor());
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAlike() {
        String name = newHost().account().getUsername();
        assertEquals(AuthenticationStatus.SEND_FAILURE, Caller.signIn(name, "not-the-password-1"));
        assertEquals(Outcome.INVALID, signIn.verify(name, "not-the-password-2", address()).outcome());
        assertEquals(Outcome.INVALID, signIn.verify("nobody-" + address(), "whatever-password", address()).outcome());
    }

    @Test
    void repeatedFailuresLockAnAccountOutEvenForTheRightPassword() {
        NewAccount host = newHost();
        String name = host.account().getUsername();
        assertEquals(5, policy.maxFailuresPerAccount(), "the documented default");
        for (int i = 0; i < policy.maxFailuresPerAccount(); i++) {
            assertEquals(Outcome.INVALID, signIn.verify(name, "wrong-password-" + i, address()).outcome());
        }
        assertEquals(Outcome.LOCKED, signIn.verify(name, Caller.CHOSEN_PASSWORD, address()).outcome());
        assertEquals(Outcome.VALID, signIn.verify(newHost().account().getUsername(), Caller.CHOSEN_PASSWORD,
                address()).outcome(), "other accounts are not locked");
    }

    @Test
    void repeatedFailuresFromOneAddressLockThatAddressOut() {
        String name = newHost().account().getUsername();
        String address = address();
        for (int i = 0; i < policy.maxFailuresPerAddress(); i++) {
            signIn.verify("guess-" + i + "-" + address, "wrong-password", address);
        }
        assertEquals(Outcome.LOCKED, signIn.verify(name, Caller.CHOSEN_PASSWORD, address).outcome());
        assertEquals(Outcome.VALID, signIn.verify(name, Caller.CHOSEN_PASSWORD, address()).outcome(),
                "the same account from another address");
    }

    /**
     * Behind the README's nginx every request comes from the proxy: the test server trusts 127.0.0.1 as its proxy
     * (COMPETITION_TRUSTED_PROXIES in the build), so the lockout counts the address that proxy names in
     * X-Forwarded-For; the same header sent from any other address (127.0.0.2 here) is the client's own word and
     * is ignored.
     */
    @Test
    void theLockoutCountsTheAddressATrustedProxyNamesAndIgnoresTheHeaderFromAnyoneElse() throws Exception {
        String name = newHost().account().getUsername();
        Caller.signOut();
        String locked = address();
        for (int i = 0; i < policy.maxFailuresPerAddress(); i++) {
            assertEquals(401, basicSignIn("127.0.0.1", "guess-" + i + "-" + locked, "wrong-password", locked));
        }
        assertEquals(401, basicSignIn("127.0.0.1", name, Caller.CHOSEN_PASSWORD, locked),
                "the client the proxy named is locked out");
        assertEquals(200, basicSignIn("127.0.0.1", name, Caller.CHOSEN_PASSWORD, address()),
                "another client behind the same proxy is not");
        assertEquals(200, basicSignIn("127.0.0.1", name, Caller.CHOSEN_PASSWORD, null), "nor the proxy itself");
        assertEquals(200, basicSignIn("127.0.0.2", name, Caller.CHOSEN_PASSWORD, locked),
                "a header sent by anyone but the proxy is not believed: that client is counted as 127.0.0.2");
    }

    /** A sign-in by HTTP Basic sent from a local address of the caller's choice; the answer's status. */
    private int basicSignIn(String from, String username, String password, String forwardedFor) throws IOException {
        URI server = URI.create(System.getenv("COMPETITION_PUBLIC_URL"));
        long edition = editions.current().getId();
        String request = "GET /api/tracks?edition=" + edition + " HTTP/1.1\r\nHost: " + server.getAuthority()
                + "\r\nAuthorization: " + Api.basic(username, password) + "\r\n"
                + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void aNewAccountHoldsAOneTimePasswordThatMustBeChangedBeforeAnythingElse() {
        Caller.asCommittee();
        NewAccount created = accounts.create(draft("ot", Role.HOST, Set.of(sme("SME202304"))));
        assertEquals(16, created.oneTimePassword().length());
        String name = created.account().getUsername();
        assertTrue(signIn.verify(name, created.oneTimePassword(), address()).mustChangePassword());

        Caller.as(name, created.oneTimePassword());
        AccessDeniedException first = assertThrows(AccessDeniedException.class,
                () -> catalog.tracksOf(firstEdition()));
        assertEquals("error.passwordChangeRequired", first.key());

        accounts.changeOwnPassword(created.oneTimePassword(), Caller.CHOSEN_PASSWORD);
        // still the same request, which read the caller once (with its one-time password): the change counts at once
        assertEquals(List.of("SME202304"), catalog.tracksOf(firstEdition()).stream().map(Track::getCode).toList());
        Caller.as(name, Caller.CHOSEN_PASSWORD);
        assertEquals(List.of("SME202304"), catalog.tracksOf(firstEdition()).stream().map(Track::getCode).toList());
        assertEquals(List.of("CREATE", "CHANGE_PASSWORD"), actions(created.account().getId()));
    }

    @Test
    void passwordsFollowTheRules() {
        NewAccount host = newHost();
        String name = host.account().getUsername();
        assertEquals("password.tooShort", refusal(() -> accounts.changeOwnPassword(Caller.CHOSEN_PASSWORD, "Short-1")));
        assertEquals("password.containsUsername",
                refusal(() -> accounts.changeOwnPassword(Caller.CHOSEN_PASSWORD, "x-" + name.toUpperCase() + "-1")));
        assertEquals("password.tooSimple", refusal(() -> accounts.changeOwnPassword(Caller.CHOSEN_PASSWORD, "abababababab")));
        assertEquals("password.currentWrong", refusal(() -> accounts.changeOwnPassword("not-current-1", "Fine-Password-9")));
        assertEquals("password.unchanged", refusal(() -> accounts.changeOwnPassword(Caller.CHOSEN_PASSWORD,
                Caller.CHOSEN_PASSWORD)));
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        NewAccount host = newHost();
        String name = host.account().getUsername();
        Caller.asCommittee();
        accounts.disable(host.account().getId());
        assertEquals(Outcome.DISABLED, signIn.verify(name, Caller.CHOSEN_PASSWORD, address()).outcome());
        assertEquals(Outcome.INVALID, signIn.verify(name, "wrong-password-x", address()).outcome(),
                "a wrong password does not learn that the account is disabled");
        assertThrows(ConflictException.class, () -> accounts.disable(host.account().getId()));
        accounts.enable(host.account().getId());
        assertEquals(Outcome.VALID, signIn.verify(name, Caller.CHOSEN_PASSWORD, address()).outcome());
        Account me = accounts.me().orElseThrow();
        ConflictException self = assertThrows(ConflictException.class, () -> accounts.disable(me.getId()));
        assertEquals("account.cannotDisableSelf", self.key());
        assertEquals(List.of("CREATE", "CHANGE_PASSWORD", "DISABLE", "ENABLE"), actions(host.account().getId()));
    }

    @Test
    void aResetReplacesThePasswordWithAOneTimeOneAndTheAuditNeverHoldsAHash() {
        NewAccount host = newHost();
        String name = host.account().getUsername();
        Caller.asCommittee();
        NewAccount reset = accounts.resetPassword(host.account().getId());
        assertEquals(Outcome.INVALID, signIn.verify(name, Caller.CHOSEN_PASSWORD, address()).outcome());
        assertTrue(signIn.verify(name, reset.oneTimePassword(), address()).mustChangePassword());
        List<AuditEntry> history = audit.history("Account", host.account().getId());
        assertEquals("RESET_PASSWORD", history.get(history.size() - 1).getAction());
        for (AuditEntry entry : history) {
            String values = entry.getOldValue() + " " + entry.getNewValue();
            assertFalse(values.contains("PBKDF2") || values.contains(reset.oneTimePassword())
                    || values.contains(Caller.CHOSEN_PASSWORD), values);
        }
    }

    @Test
    void accountsAreBoundAsTheirRoleRequires() {
        Caller.asCommittee();
        assertEquals("account.host.needsTrack", violation(() -> accounts.create(draft("nh", Role.HOST, Set.of()))).key());
        assertEquals("account.judge.needsTrackOrFinals",
                violation(() -> accounts.create(draft("nj", Role.JUDGE, Set.of()))).key());
        assertEquals("account.committee.unbound",
                violation(() -> accounts.create(draft("nc", Role.COMMITTEE, Set.of(sme("SME202301"))))).key());
        assertEquals("account.team.signsUp", violation(() -> accounts.create(draft("nt", Role.TEAM, Set.of()))).key());
        assertEquals("account.username.pattern", violation(() -> accounts.create(new AccountDraft("A!", "名字", null,
                Role.JUDGE, Set.of(sme("SME202301")), Set.of()))).key());
        NewAccount finalsJudge = accounts.create(new AccountDraft(Deployments.uniqueCode("fj").toLowerCase(), "决赛评委",
                "judge@example.org", Role.JUDGE, Set.of(), Set.of(firstEdition())));
        assertEquals(Set.of(2023), finalsJudge.account().finalsYears());
        assertEquals(Role.JUDGE, finalsJudge.account().getRole());
    }

    @Test
    void aDuplicateUserNameIsRefused() {
        Caller.asCommittee();
        AccountDraft draft = draft("du", Role.HOST, Set.of(sme("SME202302")));
        accounts.create(draft);
        Violation taken = violation(() -> accounts.create(draft));
        assertEquals(new Violation("username", "account.username.taken", draft.username()), taken);
    }

    @Test
    void theCommitteeListsAccountsWithFilters() {
        Caller.asCommittee();
        String prefix = "lf" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        accounts.create(new AccountDraft(prefix + "-host", "列表测试", null, Role.HOST, Set.of(sme("SME202303")), Set.of()));
        accounts.create(new AccountDraft(prefix + "-judge", "列表测试", null, Role.JUDGE, Set.of(sme("SME202303")), Set.of()));
        AccountQuery hosts = new AccountQuery(Role.HOST, null, null, prefix);
        assertEquals(1, accounts.count(hosts));
        assertEquals(prefix + "-host", accounts.list(hosts, 0, 10).get(0).getUsername());
        AccountQuery ofTrack = new AccountQuery(null, null, sme("SME202303"), prefix);
        assertEquals(2, accounts.count(ofTrack));
        assertEquals(List.of(prefix + "-host", prefix + "-judge"),
                accounts.list(ofTrack, 0, 10).stream().map(Account::getUsername).toList());
    }

    private NewAccount newHost() {
        return Caller.newAccount("h", Role.HOST, Set.of(sme("SME202306")), Set.of());
    }

    private AccountDraft draft(String prefix, Role role, Set<Long> tracks) {
        return new AccountDraft(Deployments.uniqueCode(prefix).toLowerCase(), "测试账号", null, role, tracks, Set.of());
    }

    private long sme(String code) {
        Caller.asCommittee();
        return catalog.tracksOf(firstEdition()).stream().filter(t -> t.getCode().equals(code)).findFirst()
                .orElseThrow().getId();
    }

    private long firstEdition() {
        return editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
    }

    private List<String> actions(long accountId) {
        Caller.asCommittee();
        return audit.history("Account", accountId).stream().map(AuditEntry::getAction).toList();
    }

    private static String refusal(Executable action) {
        return violation(action).key();
    }

    private static Violation violation(Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(1, e.violations().size(), e.violations().toString());
        return e.violations().get(0);
    }

    /** A documentation address (RFC 5737) of its own per call, so per-address counts never mix. */
    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "203.0." + r.nextInt(256) + "." + r.nextInt(256);
    }
}
