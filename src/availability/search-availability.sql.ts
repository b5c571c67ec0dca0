import { distanceKmSql, KM_PER_DEGREE_LATITUDE } from './great-circle';

/**
 * The availability search: one statement (CONTRACT.md, Availability and placements).
 *
 * Only public columns are read for the answer, and every geometric test (radius, avoid areas) uses
 * the public point, never the exact coordinates. The stay is `[from, from + nights)` in London
 * calendar days (DST-correct). A bed is free when no live occupation overlaps the stay; a hold
 * past its `expires_at` counts as free. Intake hours are Europe/London wall-clock times; a window
 * whose close is before its open runs overnight. Counting the search by needs (unmet demand) is
 * not this statement's work: SearchCounts tallies it in memory and writes the tallies together, so
 * the search only reads (no row lock, no WAL) and could run on a replica.
 *
 * Parameters: $1 latitude, $2 longitude, $3 radiusKm, $4 from, $5 nights, $6 guestGender,
 * $7 dependants, $8 needsAccessibleBed, $9 needsStepFreeAccess, $10 language (or null),
 * $11 kinds (text[]), $12 avoid (jsonb [{lat, lon, r}]), $13 arrivingAt, $14 now, $15 limit,
 * $16 preferLanguage (or null), $17 the oldest a boy among the dependants may be (or null).
 *
 * Languages: $10 and $16 are primary language subtags, lower-cased (language-tags.ts); a house's
 * staff speak one when a tag of theirs has that primary subtag, whatever its case or region, so
 * `pt-BR` staff speak `pt` and `ku` staff do not speak `ckb`. The tags are as the provider typed
 * them; safehouse.spoken_languages holds their primary subtags, lower-cased, kept by a trigger
 * (SpokenLanguages migration), so a house's test is one array look-up. preferLanguage only ranks:
 * its houses come first after acceptsArrival. A house's acceptsBoysUpToAge leaves it out when a
 * boy among the dependants may be older ($17, from the oldest age of his band).
 *
 * Each row also carries its house's provider (name, out-of-hours phone: public fields), so the
 * nested `safehouse.provider` of a search needs no second query.
 *
 * The free-bed test: a bed whose live occupations all end by the start of the stay
 * (bed.occupied_until, kept by a trigger on bed_occupation) is free without further look-up; any
 * other bed is free when no live occupation, expired holds aside, overlaps the stay. The
 * `COALESCE(upper(period)…) >= lower(stay)` term only narrows that look-up to the index range
 * (every overlapping occupation meets it); `&&` decides.
 *
 * A house's beds are aggregated from a subquery in the answer's bed order, which the index gives,
 * rather than by an ordered aggregate, which would sort every house's few beds on its own.
 *
 * The answer is one JSON array: the driver parses one value, not twenty-odd columns of twenty
 * rows. Times are in it as milliseconds since the epoch; the distance is rounded half up to 0.5 km.
 *
 * Indexes: safehouse_public_point_idx (the bounding box: a latitude range, then a longitude range
 * checked in the index), bed_safehouse_idx, and bed_occupation_live_bed_until_idx (bed_id, end of
 * period INCLUDE period, kind, expires_at WHERE live) for the overlap test. Avoid areas are tested
 * only for houses within the radius; with none, their test is skipped.
 */
export const SEARCH_AVAILABILITY_SQL = `
WITH p AS MATERIALIZED (
  SELECT q.*,
         -- The box's longitudes, a range the public-point index can use; a box that would cross the
         -- antimeridian takes every longitude instead (the distance test still decides).
         CASE WHEN q.lon - q.lon_span < -180 OR q.lon + q.lon_span > 180 THEN -180 ELSE q.lon - q.lon_span END AS lon_min,
         CASE WHEN q.lon - q.lon_span < -180 OR q.lon + q.lon_span > 180 THEN 180 ELSE q.lon + q.lon_span END AS lon_max
    FROM (
  SELECT $1::float8 AS lat, $2::float8 AS lon, $3::float8 AS radius,
         -- degrees of longitude within the radius, at the latitude of the box's edge nearer a pole
         least(180, $3::float8 / (${KM_PER_DEGREE_LATITUDE} * cos(radians(least(89.9, abs($1::float8) + $3::float8 / ${KM_PER_DEGREE_LATITUDE}))))) AS lon_span,
         tstzrange($4::timestamptz,
                   (($4::timestamptz AT TIME ZONE 'Europe/London') + make_interval(days => $5::int))
                     AT TIME ZONE 'Europe/London', '[)') AS stay,
         $6::text AS gender, $7::int AS dependants, $8::boolean AS accessible, $9::boolean AS step_free,
         $10::text AS language, $16::text AS prefer_language, $17::int AS oldest_boy,
         $11::text[] AS kinds, $12::jsonb AS avoid, $14::timestamptz AS now,
         ($13::timestamptz AT TIME ZONE 'Europe/London') AS arriving_local
    ) q
),
-- Houses are ranked and sorted on the few columns that order them; the answer's other columns are
-- read for the <= limit houses found (a narrow sort of the houses in range, not of whole rows).
candidate AS (
  SELECT s.id, s.name, s.open_24_hours, s.opens_at, s.closes_at, s.latest_rating_rank,
         s.public_latitude, s.public_longitude,
         ${distanceKmSql('p.lat', 'p.lon', 's.public_latitude', 's.public_longitude')} AS distance_km,
         CASE WHEN p.prefer_language IS NULL THEN false
              ELSE p.prefer_language = ANY (s.spoken_languages) END AS speaks_preferred
    FROM safehouse s, p
   WHERE NOT s.referrals_suspended
     AND s.kind = ANY (p.kinds)
     AND p.gender = ANY (s.accepts_genders)
     AND (p.dependants = 0 OR s.accepts_dependants)
     AND (p.oldest_boy IS NULL OR s.accepts_boys_up_to_age IS NULL OR s.accepts_boys_up_to_age >= p.oldest_boy)
     AND (NOT p.step_free OR s.step_free_access)
     AND (p.language IS NULL OR p.language = ANY (s.spoken_languages))
     AND s.public_latitude BETWEEN p.lat - p.radius / ${KM_PER_DEGREE_LATITUDE} AND p.lat + p.radius / ${KM_PER_DEGREE_LATITUDE}
     AND s.public_longitude BETWEEN p.lon_min AND p.lon_max
),
ranked AS (
  SELECT c.*,
         (c.open_24_hours
           OR (c.opens_at < c.closes_at AND p.arriving_local::time >= c.opens_at AND p.arriving_local::time < c.closes_at)
           OR (c.opens_at > c.closes_at AND (p.arriving_local::time >= c.opens_at OR p.arriving_local::time < c.closes_at))
         ) AS accepts_arrival,
         -- The latest published inspection's rating, 0 OUTSTANDING .. 3 INADEQUATE, 4 never inspected,
         -- kept on the house by a trigger on inspection (LatestRatingOnHouse migration).
         c.latest_rating_rank AS rating_rank
    FROM candidate c
    CROSS JOIN p
   WHERE c.distance_km <= p.radius
     AND (p.avoid = '[]'::jsonb OR NOT EXISTS (
       SELECT 1 FROM jsonb_to_recordset(p.avoid) AS a(lat float8, lon float8, r float8)
        WHERE ${distanceKmSql('a.lat', 'a.lon', 'c.public_latitude', 'c.public_longitude')} <= a.r))
),
-- Houses in answer order, then their free beds: the LIMIT stops the bed look-ups as soon as
-- enough houses with a free bed are found, instead of checking every house in range.
result AS (
  SELECT r.id, r.name, r.distance_km, free.beds, r.accepts_arrival, r.speaks_preferred, r.rating_rank
    FROM (SELECT * FROM ranked ORDER BY accepts_arrival DESC, speaks_preferred DESC, distance_km, rating_rank, name, id) r
    CROSS JOIN p
    CROSS JOIN LATERAL (
      SELECT json_agg(json_build_object('id', b.id, 'label', b.label, 'sleeps', b.sleeps, 'accessible', b.accessible)) AS beds
        FROM (
          SELECT b.id, b.label, b.sleeps, b.accessible
            FROM bed b
           WHERE b.safehouse_id = r.id
             AND b.removed_at IS NULL
             AND b.sleeps >= 1 + p.dependants
             AND (NOT p.accessible OR b.accessible)
             AND (b.occupied_until IS NULL OR b.occupied_until <= lower(p.stay) OR NOT EXISTS (
               SELECT 1 FROM bed_occupation o
                WHERE o.bed_id = b.id AND o.live
                  AND COALESCE(upper(o.period), 'infinity'::timestamptz) >= lower(p.stay)
                  AND o.period && p.stay
                  AND NOT (o.kind = 'HOLD' AND o.expires_at <= p.now)))
           ORDER BY b.label, b.id
        ) b
    ) free
   WHERE free.beds IS NOT NULL
   ORDER BY r.accepts_arrival DESC, r.speaks_preferred DESC, r.distance_km, r.rating_rank, r.name, r.id
   LIMIT $15::int
)
-- The answer is one JSON array of the houses in order, one value for the driver to read rather
-- than a row and a column each (the order of the subquery is the aggregate's).
SELECT coalesce(json_agg(answer), '[]') AS houses FROM (
  SELECT s.id, s.provider_id, s.name, s.kind, s.area, s.accepts_genders, s.accepts_dependants,
         s.accepts_boys_up_to_age, s.step_free_access, s.languages, s.open_24_hours, s.opens_at, s.closes_at,
         s.instant_booking, s.referrals_suspended, s.suspension_reason,
         1000 * date_part('epoch', s.capacity_confirmed_at) AS capacity_confirmed_ms,
         r.beds, r.accepts_arrival, r.speaks_preferred,
         floor(r.distance_km * 2 + 0.5) / 2 AS distance_rounded,
         1000 * date_part('epoch', CASE WHEN r.accepts_arrival THEN NULL
              WHEN p.arriving_local::time < s.opens_at
              THEN (p.arriving_local::date + s.opens_at) AT TIME ZONE 'Europe/London'
              ELSE (p.arriving_local::date + 1 + s.opens_at) AT TIME ZONE 'Europe/London'
         END) AS next_intake_ms,
         o.name AS provider_name, o.out_of_hours_phone AS provider_out_of_hours_phone
    FROM result r
    JOIN safehouse s ON s.id = r.id
    JOIN organisation o ON o.id = s.provider_id
    CROSS JOIN p
   ORDER BY r.accepts_arrival DESC, r.speaks_preferred DESC, r.distance_km, r.rating_rank, r.name, r.id
) answer
`;
