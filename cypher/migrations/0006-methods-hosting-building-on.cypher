// Issue 15: the Method entity type and the relation types HOSTED_BY, BUILDS_ON and USES_METHOD get
// the indexes every type has (0002: key and name of each type; 0003: the key of each relation type).
CREATE INDEX method_key IF NOT EXISTS FOR (n:Method) ON (n.key);
CREATE INDEX method_name IF NOT EXISTS FOR (n:Method) ON (n.name);
CREATE INDEX rel_hosted_by_key IF NOT EXISTS FOR ()-[r:HOSTED_BY]-() ON (r.key);
CREATE INDEX rel_builds_on_key IF NOT EXISTS FOR ()-[r:BUILDS_ON]-() ON (r.key);
CREATE INDEX rel_uses_method_key IF NOT EXISTS FOR ()-[r:USES_METHOD]-() ON (r.key);
