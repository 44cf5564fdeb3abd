-- The words shoppers can search for (brand, generic, manufacturer, category keywords), kept by
-- triggers. A misspelt word is corrected against this small table with trigram similarity, then
-- searched with the full-text index, instead of running similarity over every product row.
-- (The pattern pg_trgm's documentation recommends for spelling suggestions.)
CREATE TABLE IF NOT EXISTS "search_terms" (
  "term" text PRIMARY KEY
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_terms_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Words of three or more letters; digits alone (strengths) are matched another way.
  INSERT INTO search_terms (term)
  SELECT DISTINCT word
  FROM new_rows, regexp_split_to_table(lower(new_rows.brand_name || ' ' || new_rows.generic_name || ' ' || new_rows.manufacturer || ' ' || new_rows.search_keywords), '[^[:alnum:]]+') AS word
  WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_terms_insert
  AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect();
--> statement-breakpoint
CREATE TRIGGER products_search_terms_update
  AFTER UPDATE ON products REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect();
--> statement-breakpoint
INSERT INTO search_terms (term)
SELECT DISTINCT word
FROM products, regexp_split_to_table(lower(products.brand_name || ' ' || products.generic_name || ' ' || products.manufacturer || ' ' || products.search_keywords), '[^[:alnum:]]+') AS word
WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;
