ALTER TABLE "shop_settings" ADD COLUMN "pharmacy_name_ne" text;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "address_ne" text;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "pharmacist_name_ne" text;