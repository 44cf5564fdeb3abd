ALTER TABLE "categories" ADD COLUMN "name_ne" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "description_ne" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "usage_ne" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "warnings_ne" text;