// Issue 14: the relation type IN_PORTFOLIO_OF (an agency or institute in a ministry's portfolio) gets
// the relationship-key uniqueness constraint every relation type has (0007).
CREATE CONSTRAINT rel_in_portfolio_of_key_unique IF NOT EXISTS FOR ()-[r:IN_PORTFOLIO_OF]-() REQUIRE r.key IS UNIQUE;
