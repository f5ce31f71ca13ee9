
        CREATE OR REPLACE STREAM "ENRICHED" (ticker_symbol VARCHAR(4), company VARCHAR(32), price DOUBLE);
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "ENRICHED"
            SELECT STREAM s.ticker_symbol, c."Company", s.price
            FROM "SOURCE_SQL_STREAM_001" AS s LEFT JOIN "CompanyName" AS c ON s.ticker_symbol = c."Ticker";
    