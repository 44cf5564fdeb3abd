-- Patients (lib/patients): whom a prescription and each prescription-only order line are for.
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"name" text NOT NULL,
	"birth_date" date,
	"birth_date_estimated" boolean DEFAULT false NOT NULL,
	"sex" text,
	"allergies" text DEFAULT '' NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patients_relationship_known" CHECK ("patients"."relationship" in ('self', 'spouse', 'parent', 'child', 'sibling', 'grandparent', 'other')),
	CONSTRAINT "patients_sex_known" CHECK ("patients"."sex" is null or "patients"."sex" in ('female', 'male', 'other'))
);
--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "patient_id" uuid;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "patient_id" uuid;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patients_user_idx" ON "patients" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "patients_one_self_per_user" ON "patients" USING btree ("user_id") WHERE "patients"."relationship" = 'self';--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_items_patient_idx" ON "order_items" USING btree ("patient_id") WHERE "order_items"."patient_id" is not null;