-- Consent documents and their published versions. A published version is immutable.
CREATE TABLE consent_document (
    code        varchar(40)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    title       varchar(200) NOT NULL,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL
);

CREATE TABLE consent_document_version (
    id             uuid           PRIMARY KEY,
    document_code  varchar(40)    NOT NULL REFERENCES consent_document (code),
    number         integer        NOT NULL CHECK (number >= 1),
    procedure_text varchar(20000) NOT NULL,
    risks          varchar(20000) NOT NULL,
    benefits       varchar(20000) NOT NULL,
    alternatives   varchar(20000) NOT NULL,
    validity_days  integer        NOT NULL CHECK (validity_days BETWEEN 1 AND 3650),
    material       boolean        NOT NULL,
    published_by   varchar(200)   NOT NULL,
    published_at   timestamptz    NOT NULL,
    CONSTRAINT consent_document_version_unique UNIQUE (document_code, number)
);

-- The routes a version covers, each with its route-specific section.
CREATE TABLE consent_document_route (
    version_id  uuid           NOT NULL REFERENCES consent_document_version (id),
    route       varchar(20)    NOT NULL CHECK (route IN ('IV', 'IM', 'ORAL_LOZENGE', 'INTRANASAL')),
    section     varchar(20000) NOT NULL,
    PRIMARY KEY (version_id, route)
);

CREATE FUNCTION consent_document_version_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a published consent document version is immutable';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER consent_document_version_no_change BEFORE UPDATE OR DELETE ON consent_document_version
    FOR EACH ROW EXECUTE FUNCTION consent_document_version_immutable();
CREATE TRIGGER consent_document_route_no_change BEFORE UPDATE OR DELETE ON consent_document_route
    FOR EACH ROW EXECUTE FUNCTION consent_document_version_immutable();
