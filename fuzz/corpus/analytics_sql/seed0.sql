
        -- keep technology trades only
        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), price DOUBLE);
        CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
            SELECT STREAM ticker_symbol, price FROM "SOURCE_SQL_STREAM_001"
            WHERE sector = 'TECHNOLOGY' AND price > 10;
    