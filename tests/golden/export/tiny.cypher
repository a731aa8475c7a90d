// caregraph: load tiny.nodes.csv and tiny.edges.csv into Neo4j 5 with LOAD CSV.
// Copy both files into the database's import directory, then: cypher-shell -f <this file>
// Lists are '|'-separated. A text cell that began with = + - @ carries a leading '
// (spreadsheet safety). The offline bulk importer reads the same files:
//   neo4j-admin database import full --nodes=tiny.nodes.csv --relationships=tiny.edges.csv \
//     --array-delimiter='|' --multiline-fields=true neo4j

CREATE CONSTRAINT caregraph_node_id IF NOT EXISTS FOR (n:CaregraphNode) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///tiny.nodes.csv' AS row
MERGE (n:CaregraphNode {id: row.`id:ID`})
SET n += {`label`: row.`label`, `type`: row.`type`, `aliases`: CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, '|') END, `mentions`: toInteger(row.`mentions:int`), `documents`: CASE WHEN row.`documents:string[]` IS NULL THEN null ELSE split(row.`documents:string[]`, '|') END, `evidence`: row.`evidence`, `path`: row.`path`, `sha256`: row.`sha256`, `length`: toInteger(row.`length:int`)}
FOREACH (_ IN CASE WHEN row.`:LABEL` = 'Document' THEN [1] ELSE [] END | SET n:`Document`)
FOREACH (_ IN CASE WHEN row.`:LABEL` = 'Organisation' THEN [1] ELSE [] END | SET n:`Organisation`)
FOREACH (_ IN CASE WHEN row.`:LABEL` = 'Person' THEN [1] ELSE [] END | SET n:`Person`)
FOREACH (_ IN CASE WHEN row.`:LABEL` = 'Place' THEN [1] ELSE [] END | SET n:`Place`)
FOREACH (_ IN CASE WHEN row.`:LABEL` = 'Publication' THEN [1] ELSE [] END | SET n:`Publication`)
FOREACH (_ IN CASE WHEN row.`:LABEL` = 'Recommendation' THEN [1] ELSE [] END | SET n:`Recommendation`);

LOAD CSV WITH HEADERS FROM 'file:///tiny.edges.csv' AS row
MATCH (s:CaregraphNode {id: row.`:START_ID`}), (t:CaregraphNode {id: row.`:END_ID`})
WITH s, t, row, {`id`: row.`id`, `relation`: row.`relation`, `label`: row.`label`, `weight`: toFloat(row.`weight:float`), `evidence`: row.`evidence`, `documents`: CASE WHEN row.`documents:string[]` IS NULL THEN null ELSE split(row.`documents:string[]`, '|') END, `confidence`: toFloat(row.`confidence:float`), `rule`: CASE WHEN row.`rule:string[]` IS NULL THEN null ELSE split(row.`rule:string[]`, '|') END, `role`: row.`role`, `predicate`: row.`predicate`} AS props
FOREACH (_ IN CASE WHEN row.`:TYPE` = 'AUTHORED' THEN [1] ELSE [] END | MERGE (s)-[e:`AUTHORED` {id: row.id}]->(t) SET e += props)
FOREACH (_ IN CASE WHEN row.`:TYPE` = 'LOCATED_IN' THEN [1] ELSE [] END | MERGE (s)-[e:`LOCATED_IN` {id: row.id}]->(t) SET e += props)
FOREACH (_ IN CASE WHEN row.`:TYPE` = 'MENTIONS' THEN [1] ELSE [] END | MERGE (s)-[e:`MENTIONS` {id: row.id}]->(t) SET e += props)
FOREACH (_ IN CASE WHEN row.`:TYPE` = 'RECOMMENDS' THEN [1] ELSE [] END | MERGE (s)-[e:`RECOMMENDS` {id: row.id}]->(t) SET e += props)
FOREACH (_ IN CASE WHEN row.`:TYPE` = 'RELATED_TO' THEN [1] ELSE [] END | MERGE (s)-[e:`RELATED_TO` {id: row.id}]->(t) SET e += props)
FOREACH (_ IN CASE WHEN row.`:TYPE` = 'ROLE_AT' THEN [1] ELSE [] END | MERGE (s)-[e:`ROLE_AT` {id: row.id}]->(t) SET e += props);
