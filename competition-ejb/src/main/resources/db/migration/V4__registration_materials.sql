-- Materials (PDF) of a registration: the file lives in the data folder, named by its checksum;
-- the database keeps where, how big and its SHA-256.

CREATE SEQUENCE registration_material_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE registration_material (
    id              BIGINT       NOT NULL PRIMARY KEY,
    registration_id BIGINT       NOT NULL REFERENCES registration (id),
    file_name       VARCHAR(200) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    stored_as       VARCHAR(300) NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     VARCHAR(100) NOT NULL
);

CREATE INDEX registration_material_registration_idx ON registration_material (registration_id);
