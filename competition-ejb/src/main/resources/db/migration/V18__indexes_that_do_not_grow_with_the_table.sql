-- Two lookups whose cost grew with the table, found by the load tests (bench/load, bench/README.md).

-- 1. The mail sender takes the next due mails in the order it sends them (priority, then age), twenty at a time.
-- The index on (status, next_attempt_at) found every pending mail and left the order to a sort: with a backlog
-- of N mails each batch read all N, so sending them read N²/20 rows (console test at 10×: the 17,000 mails of
-- the teams' import read 10,508 rows of mail_message per page view while they went out). In the query's order,
-- the first twenty pending rows of this index are the batch; next_attempt_at is checked on those rows only (a
-- mail waiting for its retry is passed over). The search for mails a dead sender left claimed uses it too.
DROP INDEX mail_message_due_idx;
CREATE INDEX mail_message_next_idx ON mail_message (status, priority, id);

-- 2. A sign-in counts the failed attempts of its account and of its address within the lock-out window. The
-- indexes on (username | address, attempted_at) read every attempt of the window, successes included, and
-- dropped the successes after: all the sign-ins of a university behind one address, or of a balancer that
-- hides the clients' (sign-in test: rows read per sign-in grew with the sign-ins before it, 300 → 4,596). With
-- the outcome before the time, a count reads the failures alone, and the last success is the index's last entry.
DROP INDEX sign_in_attempt_user_idx;
DROP INDEX sign_in_attempt_address_idx;
CREATE INDEX sign_in_attempt_user_idx ON sign_in_attempt (username, succeeded, attempted_at);
CREATE INDEX sign_in_attempt_address_idx ON sign_in_attempt (address, succeeded, attempted_at);
