-- Which quotas the round's awards were proposed under, and when: the results page says so, and a proposal made
-- before the committee set its quotas (under the defaults) is told apart from one made after.
ALTER TABLE result_plan ADD COLUMN proposed_quota_kind VARCHAR(10);
ALTER TABLE result_plan ADD COLUMN proposed_first INTEGER;
ALTER TABLE result_plan ADD COLUMN proposed_second INTEGER;
ALTER TABLE result_plan ADD COLUMN proposed_third INTEGER;
ALTER TABLE result_plan ADD COLUMN proposed_at TIMESTAMP WITH TIME ZONE;
