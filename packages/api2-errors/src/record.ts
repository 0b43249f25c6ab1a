/**
 * The types of a code's record (/codes/{code}.json, one item of /codes.json's `codes`). In the
 * repository they are the pipeline's own (record-schema.ts, zod); the published package declares
 * them from the JSON Schema generated from the same schema (scripts/record-types.ts), so its
 * types need no zod.
 */
import type { CodeRecord as PipelineRecord } from '../../../src/pipeline/6-export/record-schema.ts';

/** One code: both languages' text, its facts, every source's row and the API 3.0 mapping. */
export type CodeRecord = PipelineRecord;

/** Our retry verdict: fix the request first, retry with a fresh request, back off, later, or reconcile first. */
export type RetryVerdict = CodeRecord['retry'];

/** How close an API 3.0 code is to an API 2.0 code: exact, close, partial, or a false friend (same name, different meaning). */
export type Api3Match = CodeRecord['api3'][number]['match'];
