import { z } from 'zod';
import { productIdSchema, quantitySchema } from '@/lib/orders/validation';

export const addToCartSchema = z
  .object({
    productId: productIdSchema.optional(),
    // The product page may only know the slug; either identifies the product.
    slug: z.string().trim().min(1).max(200).regex(/^[a-z0-9-]+$/).optional(),
    quantity: quantitySchema.default(1),
  })
  .refine((v) => v.productId !== undefined || v.slug !== undefined, { message: 'Choose a product.', path: ['productId'] });

export const setQuantitySchema = z.object({ productId: productIdSchema, quantity: quantitySchema });
export const removeFromCartSchema = z.object({ productId: productIdSchema });
