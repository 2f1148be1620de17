-- A person is in at most one team of a track: the same two rules, their columns turned round so that a lookup
-- by e-mail (or by mobile) in a track can only take its own index. With the track first, both indexes served
-- a lookup by the track alone, and PostgreSQL, planning for a table still empty (a generic plan a connection
-- keeps), took the mobile index to find e-mails: every member of the track read at each registration
-- (bench/load, registration rush: 3 rows read a registration for each one already in the track).
ALTER TABLE registration_member DROP CONSTRAINT registration_member_email_unique;
ALTER TABLE registration_member DROP CONSTRAINT registration_member_mobile_unique;
ALTER TABLE registration_member ADD CONSTRAINT registration_member_email_unique UNIQUE (email, track_id);
ALTER TABLE registration_member ADD CONSTRAINT registration_member_mobile_unique UNIQUE (mobile, track_id);
