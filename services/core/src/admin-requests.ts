import * as z from 'zod';

/** Optional body of `POST /admin/circuit/open`. */
export const forceOpenRequestSchema = z.strictObject({
  reason: z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(200, { error: 'must be at most 200 characters' })
    .optional(),
});

export type ForceOpenRequest = z.infer<typeof forceOpenRequestSchema>;
