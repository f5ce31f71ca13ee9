
        CREATE OR REPLACE STREAM "AVGS" (ticker_symbol VARCHAR(4), avg10s DOUBLE, last3 DOUBLE, n INTEGER);
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "AVGS"
            SELECT STREAM ticker_symbol,
                AVG(price) OVER W1,
                SUM(price) OVER (PARTITION BY ticker_symbol ROWS 2 PRECEDING),
                COUNT(*) OVER W1
            FROM "SOURCE_SQL_STREAM_001"
            WINDOW W1 AS (PARTITION BY ticker_symbol RANGE INTERVAL '10' SECOND PRECEDING);
    