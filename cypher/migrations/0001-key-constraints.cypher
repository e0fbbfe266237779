// Every entity and every source has a stable, unique key (a slug); the importer MERGEs on it.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT case_study_key IF NOT EXISTS FOR (c:CaseStudy) REQUIRE c.key IS UNIQUE;
