ALTER TYPE "public"."payment_method" ADD VALUE 'khalti';--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "provider_session_id" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "provider_payment_url" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "provider_expires_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_provider_session_unique" ON "payments" USING btree ("provider","provider_session_id");