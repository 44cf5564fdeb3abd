-- Brands shoppers in Nepal type that the catalog may not carry, each with its active ingredient,
-- so a search for the brand finds the same medicine under other names ("sitamol" finds
-- paracetamol) and a spelling correction can tell which ingredient a word points to.
-- Curated by hand: only well-known brands of a single ingredient (or a fixed combination).
CREATE TABLE IF NOT EXISTS "brand_aliases" (
  "term" text PRIMARY KEY CHECK ("term" = lower("term") AND "term" ~ '^[a-z0-9]+$'),
  "generic" text NOT NULL
);
--> statement-breakpoint
INSERT INTO "brand_aliases" ("term", "generic") VALUES
  ('sitamol', 'Paracetamol'),
  ('panadol', 'Paracetamol'),
  ('metacin', 'Paracetamol'),
  ('pacimol', 'Paracetamol'),
  ('tylenol', 'Paracetamol'),
  ('advil', 'Ibuprofen'),
  ('nurofen', 'Ibuprofen'),
  ('amoxil', 'Amoxicillin'),
  ('zithromax', 'Azithromycin'),
  ('zyrtec', 'Cetirizine'),
  ('telfast', 'Fexofenadine'),
  ('prilosec', 'Omeprazole'),
  ('nexium', 'Esomeprazole'),
  ('protonix', 'Pantoprazole'),
  ('pariet', 'Rabeprazole'),
  ('pepcid', 'Famotidine'),
  ('glucophage', 'Metformin'),
  ('diamicron', 'Gliclazide'),
  ('norvasc', 'Amlodipine'),
  ('amlopres', 'Amlodipine'),
  ('cozaar', 'Losartan'),
  ('lipitor', 'Atorvastatin'),
  ('tenormin', 'Atenolol'),
  ('lasix', 'Furosemide'),
  ('disprin', 'Aspirin'),
  ('ecosprin', 'Aspirin'),
  ('singulair', 'Montelukast'),
  ('seretide', 'Fluticasone Salmeterol'),
  ('spiriva', 'Tiotropium'),
  ('pulmicort', 'Budesonide'),
  ('zofran', 'Ondansetron'),
  ('motilium', 'Domperidone'),
  ('buscopan', 'Hyoscine'),
  ('duphalac', 'Lactulose'),
  ('ponstan', 'Mefenamic acid'),
  ('meftal', 'Mefenamic acid'),
  ('voltaren', 'Diclofenac'),
  ('lamisil', 'Terbinafine'),
  ('bactroban', 'Mupirocin'),
  ('betnovate', 'Betamethasone')
ON CONFLICT ("term") DO UPDATE SET "generic" = excluded."generic";
--> statement-breakpoint
-- In the vocabulary too, so a misspelt brand is corrected to the brand (and through it to its ingredient).
INSERT INTO "search_terms" ("term") SELECT "term" FROM "brand_aliases" ON CONFLICT DO NOTHING;
