-- One row that the start-up work of an empty database (the first edition, the first committee account) locks
-- before it looks: on a deployment group the instances start at once, and without it each found the database
-- empty and the second one's start failed on a unique key (FirstStartLock).
CREATE TABLE first_start_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO first_start_lock (id) VALUES (1);
