CREATE TABLE "regulated_medicines" (
	"id" serial PRIMARY KEY NOT NULL,
	"generic_name" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regulated_medicines_genericName_unique" UNIQUE("generic_name")
);
--> statement-breakpoint
-- Antibiotics Nepal reserves for hospital use: never sold online. Admins extend the list at /admin/regulated-medicines.
INSERT INTO "regulated_medicines" ("generic_name", "reason") VALUES
  ('meropenem', 'A reserve antibiotic, kept for hospital use in Nepal: it is not sold online.'),
  ('colistin', 'A reserve antibiotic, kept for hospital use in Nepal: it is not sold online.'),
  ('colistimethate', 'A reserve antibiotic, kept for hospital use in Nepal: it is not sold online.'),
  ('polymyxin b', 'A reserve antibiotic, kept for hospital use in Nepal: it is not sold online.'),
  ('vancomycin', 'A reserve antibiotic, kept for hospital use in Nepal: it is not sold online.');
