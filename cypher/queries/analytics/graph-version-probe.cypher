// An empty read: its transaction's bookmark names the last transaction committed to the database,
// which is what src/db/graph-version.ts takes as the graph's version.
RETURN 1 AS probe
