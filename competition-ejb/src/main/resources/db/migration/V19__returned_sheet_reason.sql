-- A sheet given back to its judge says why and when, on the judge's sheet and in the API, until the judge
-- submits it again (the audit trail keeps every reason given).
ALTER TABLE judging_sheet ADD COLUMN returned_reason VARCHAR(1000);
ALTER TABLE judging_sheet ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
