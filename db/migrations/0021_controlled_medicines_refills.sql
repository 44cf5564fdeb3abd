CREATE TABLE "controlled_register" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_item_id" integer NOT NULL,
	"order_id" uuid NOT NULL,
	"order_number" text NOT NULL,
	"dispensed_on" date NOT NULL,
	"dispensed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"patient_id" uuid,
	"patient_name" text NOT NULL,
	"prescription_id" uuid NOT NULL,
	"prescriber_name" text NOT NULL,
	"prescriber_nmc_number" text NOT NULL,
	"product_id" integer NOT NULL,
	"product_name" text NOT NULL,
	"generic_name" text NOT NULL,
	"quantity" integer NOT NULL,
	"batches" jsonb NOT NULL,
	"pharmacist_id" uuid,
	"pharmacist_name" text NOT NULL,
	"dispatched_by_id" uuid,
	"dispatched_by_name" text,
	CONSTRAINT "controlled_register_quantity_positive" CHECK ("controlled_register"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "refill_reminders" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"product_id" integer NOT NULL,
	"patient_id" uuid,
	"last_order_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"supply_days" integer NOT NULL,
	"runs_out_on" date NOT NULL,
	"remind_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refill_reminders_status_known" CHECK ("refill_reminders"."status" in ('active', 'paused', 'stopped')),
	CONSTRAINT "refill_reminders_supply_positive" CHECK ("refill_reminders"."quantity" > 0 and "refill_reminders"."supply_days" > 0)
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "controlled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "prescriber_name" text;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "prescriber_nmc_number" text;--> statement-breakpoint
ALTER TABLE "controlled_register" ADD CONSTRAINT "controlled_register_order_item_id_order_items_id_fk" FOREIGN KEY ("order_item_id") REFERENCES "public"."order_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controlled_register" ADD CONSTRAINT "controlled_register_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controlled_register" ADD CONSTRAINT "controlled_register_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controlled_register" ADD CONSTRAINT "controlled_register_prescription_id_prescriptions_id_fk" FOREIGN KEY ("prescription_id") REFERENCES "public"."prescriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controlled_register" ADD CONSTRAINT "controlled_register_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controlled_register" ADD CONSTRAINT "controlled_register_pharmacist_id_users_id_fk" FOREIGN KEY ("pharmacist_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controlled_register" ADD CONSTRAINT "controlled_register_dispatched_by_id_users_id_fk" FOREIGN KEY ("dispatched_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_reminders" ADD CONSTRAINT "refill_reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_reminders" ADD CONSTRAINT "refill_reminders_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_reminders" ADD CONSTRAINT "refill_reminders_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_reminders" ADD CONSTRAINT "refill_reminders_last_order_id_orders_id_fk" FOREIGN KEY ("last_order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "controlled_register_order_item_unique" ON "controlled_register" USING btree ("order_item_id");--> statement-breakpoint
CREATE INDEX "controlled_register_dispensed_idx" ON "controlled_register" USING btree ("dispensed_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "refill_reminders_user_product_unique" ON "refill_reminders" USING btree ("user_id","product_id");--> statement-breakpoint
CREATE INDEX "refill_reminders_due_idx" ON "refill_reminders" USING btree ("remind_on") WHERE "refill_reminders"."status" = 'active' and "refill_reminders"."reminded_at" is null;--> statement-breakpoint
CREATE INDEX "prescriptions_prescriber_nmc_idx" ON "prescriptions" USING btree ("prescriber_nmc_number") WHERE "prescriptions"."prescriber_nmc_number" is not null;--> statement-breakpoint
CREATE INDEX "prescriptions_ocr_nmc_idx" ON "prescriptions" USING btree (("ocr_hints" ->> 'nmcNumber'));--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_controlled_needs_prescription" CHECK (not "products"."controlled" or "products"."requires_prescription");--> statement-breakpoint
-- The register is what an inspector reads: entries may be added, never changed or removed.
CREATE OR REPLACE FUNCTION controlled_register_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'controlled_register is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER controlled_register_append_only
  BEFORE UPDATE OR DELETE ON controlled_register
  FOR EACH ROW EXECUTE FUNCTION controlled_register_refuse_change();
