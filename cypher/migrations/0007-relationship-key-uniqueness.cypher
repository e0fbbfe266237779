// Issue 12: a tie key names one relationship. The key checks of an editor's write run inside its own
// transaction and see only its own writes (read committed), so editors writing one tie at once all
// passed them; a uniqueness constraint per relation type decides at the write instead. Each replaces
// the key index of 0003/0006 (a constraint brings its own index). Fails on a graph that already holds
// two relationships with one key: find them with
// MATCH ()-[r]->() WHERE r.key IS NOT NULL WITH type(r) AS t, r.key AS k, count(*) AS n WHERE n > 1 RETURN t, k, n
DROP INDEX rel_part_of_key IF EXISTS;
CREATE CONSTRAINT rel_part_of_key_unique IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_succeeded_by_key IF EXISTS;
CREATE CONSTRAINT rel_succeeded_by_key_unique IF NOT EXISTS FOR ()-[r:SUCCEEDED_BY]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_affiliated_with_key IF EXISTS;
CREATE CONSTRAINT rel_affiliated_with_key_unique IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_member_of_key IF EXISTS;
CREATE CONSTRAINT rel_member_of_key_unique IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_located_in_key IF EXISTS;
CREATE CONSTRAINT rel_located_in_key_unique IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_organised_key IF EXISTS;
CREATE CONSTRAINT rel_organised_key_unique IF NOT EXISTS FOR ()-[r:ORGANISED]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_participated_in_key IF EXISTS;
CREATE CONSTRAINT rel_participated_in_key_unique IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_spoke_at_key IF EXISTS;
CREATE CONSTRAINT rel_spoke_at_key_unique IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_moderated_key IF EXISTS;
CREATE CONSTRAINT rel_moderated_key_unique IF NOT EXISTS FOR ()-[r:MODERATED]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_has_agenda_item_key IF EXISTS;
CREATE CONSTRAINT rel_has_agenda_item_key_unique IF NOT EXISTS FOR ()-[r:HAS_AGENDA_ITEM]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_in_series_key IF EXISTS;
CREATE CONSTRAINT rel_in_series_key_unique IF NOT EXISTS FOR ()-[r:IN_SERIES]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_held_in_key IF EXISTS;
CREATE CONSTRAINT rel_held_in_key_unique IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_about_key IF EXISTS;
CREATE CONSTRAINT rel_about_key_unique IF NOT EXISTS FOR ()-[r:ABOUT]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_part_of_undertaking_key IF EXISTS;
CREATE CONSTRAINT rel_part_of_undertaking_key_unique IF NOT EXISTS FOR ()-[r:PART_OF_UNDERTAKING]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_responsible_for_key IF EXISTS;
CREATE CONSTRAINT rel_responsible_for_key_unique IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_funds_key IF EXISTS;
CREATE CONSTRAINT rel_funds_key_unique IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_co_funds_key IF EXISTS;
CREATE CONSTRAINT rel_co_funds_key_unique IF NOT EXISTS FOR ()-[r:CO_FUNDS]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_coordinates_key IF EXISTS;
CREATE CONSTRAINT rel_coordinates_key_unique IF NOT EXISTS FOR ()-[r:COORDINATES]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_partner_in_key IF EXISTS;
CREATE CONSTRAINT rel_partner_in_key_unique IF NOT EXISTS FOR ()-[r:PARTNER_IN]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_leads_key IF EXISTS;
CREATE CONSTRAINT rel_leads_key_unique IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_supports_key IF EXISTS;
CREATE CONSTRAINT rel_supports_key_unique IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_embedded_in_key IF EXISTS;
CREATE CONSTRAINT rel_embedded_in_key_unique IF NOT EXISTS FOR ()-[r:EMBEDDED_IN]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_active_in_key IF EXISTS;
CREATE CONSTRAINT rel_active_in_key_unique IF NOT EXISTS FOR ()-[r:ACTIVE_IN]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_targets_key IF EXISTS;
CREATE CONSTRAINT rel_targets_key_unique IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_priority_field_key IF EXISTS;
CREATE CONSTRAINT rel_priority_field_key_unique IF NOT EXISTS FOR ()-[r:PRIORITY_FIELD]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_has_phase_key IF EXISTS;
CREATE CONSTRAINT rel_has_phase_key_unique IF NOT EXISTS FOR ()-[r:HAS_PHASE]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_during_phase_key IF EXISTS;
CREATE CONSTRAINT rel_during_phase_key_unique IF NOT EXISTS FOR ()-[r:DURING_PHASE]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_hosted_by_key IF EXISTS;
CREATE CONSTRAINT rel_hosted_by_key_unique IF NOT EXISTS FOR ()-[r:HOSTED_BY]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_builds_on_key IF EXISTS;
CREATE CONSTRAINT rel_builds_on_key_unique IF NOT EXISTS FOR ()-[r:BUILDS_ON]-() REQUIRE r.key IS UNIQUE;
DROP INDEX rel_uses_method_key IF EXISTS;
CREATE CONSTRAINT rel_uses_method_key_unique IF NOT EXISTS FOR ()-[r:USES_METHOD]-() REQUIRE r.key IS UNIQUE;
