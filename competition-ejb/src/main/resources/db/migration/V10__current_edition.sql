-- The edition the portal and the console open with is chosen by the committee (a new edition is prepared
-- while the current one runs); until now it was the newest.
ALTER TABLE edition ADD COLUMN current_edition BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE edition SET current_edition = TRUE WHERE ordinal = (SELECT MAX(ordinal) FROM edition);
