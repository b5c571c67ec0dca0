-- The role the service serves requests as (README, On PostgreSQL). It owns nothing, so it can
-- neither alter nor drop a table, nor the audit log's append-only trigger; the owner (haven) runs
-- the migrations and grants it its rights at every start. PostgreSQL runs this file once, when its
-- data volume is new; on an existing volume, create the role by hand.
CREATE ROLE haven_app LOGIN PASSWORD 'haven_app';
