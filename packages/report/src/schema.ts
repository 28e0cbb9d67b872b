/**
 * The published report as a zod schema, and its JSON Schema (draft 2020-12) for vendors and analysts
 * outside TypeScript. The CLI writes `report.schema.json` beside `report.json`; the copy in
 * `packages/report/schema/` is kept equal to `reportJsonSchema()` by a test.
 *
 * The schema itself states the privacy rule where a schema can: a count is an integer of at least the
 * threshold (5), otherwise it is `{ suppressed }`; months are `YYYY-MM`, never a day.
 */
import * as z from 'zod/mini';
import { DIMENSION_IDS, SECTION_IDS } from './model.js';
import { THRESHOLD } from './suppress.js';

const hostJitless = z.config().jitless;
z.config({ jitless: true });

const Month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const Published = z.union([
  z.strictObject({ count: z.int().check(z.minimum(THRESHOLD)) }),
  z.strictObject({ suppressed: z.enum(['belowThreshold', 'complementary']) }),
]);

export const ReportSchema = z.strictObject({
  documentType: z.literal('anhorigReport'),
  reportVersion: z.literal(1),
  period: z.strictObject({ from: Month, to: Month }),
  threshold: z.literal(THRESHOLD),
  catalogue: z.strictObject({
    id: z.string(),
    municipality: z.optional(z.string()),
    supportTypes: z.array(z.strictObject({ id: z.string(), name: z.string() })),
    followUpScale: z.array(z.strictObject({ id: z.string(), label: z.string() })),
  }),
  figures: z.array(
    z.strictObject({
      id: z.string(),
      section: z.enum(SECTION_IDS),
      unit: z.enum(['investigation', 'relative', 'proposal', 'decision', 'request', 'consent', 'concern', 'goalResult']),
      anchor: z.enum(['startedAt', 'event']),
      label: z.optional(z.string()),
      total: Published,
      breakdowns: z.array(
        z.strictObject({
          dimension: z.enum(DIMENSION_IDS),
          cells: z.array(z.strictObject({ category: z.string(), value: Published })),
        }),
      ),
    }),
  ),
  relativesPerInvestigation: z.strictObject({
    total: z.nullable(z.number()),
    adult: z.nullable(z.number()),
    minor: z.nullable(z.number()),
  }),
});

z.config({ jitless: hostJitless });

export const reportJsonSchema = (): Record<string, unknown> => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:anhorig-components:report:1',
  title: 'Yearly follow-up of support to relatives (anhorig-report)',
  description:
    'Aggregates only: counts below 5 are { "suppressed": "belowThreshold" }, counts hidden so a small count cannot be worked out are { "suppressed": "complementary" }. No names, ids or dates finer than a month. Generated from packages/report/src/schema.ts; docs/report.md explains each figure.',
  ...(z.toJSONSchema(ReportSchema, { io: 'output' }) as Record<string, unknown>),
});
