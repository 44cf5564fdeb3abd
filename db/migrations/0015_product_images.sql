-- Public product pictures (the seed's drawn SVG packs), stored plainly under the SHA-256 of their
-- bytes and served by /api/product-images/public/<key> with a year-long immutable Cache-Control.
-- Private files (prescriptions) stay encrypted in lib/storage.
CREATE TABLE "product_images" (
	"key" text PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_images_key_format" CHECK ("product_images"."key" ~ '^[0-9a-f]{64}\.(svg|webp)$'),
	CONSTRAINT "product_images_content_type" CHECK ("product_images"."content_type" in ('image/svg+xml', 'image/webp')),
	CONSTRAINT "product_images_size" CHECK (octet_length("product_images"."bytes") <= 1048576)
);
