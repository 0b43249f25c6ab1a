/**
 * The codes as typed constants. In the repository their types are wide (the codes come from the
 * content at run time); the build declares them with each code's literal type
 * (scripts/types.ts), so that `Api2Code.ReplayAttack` is typed `4500` in the published package.
 */
import { data } from './data.ts';

/** Every documented code by name, its English title in PascalCase: `Api2Code.ReplayAttack === 4500`. */
export const Api2Code: Readonly<Record<string, number>> = Object.freeze({ ...data.constants });

/** One of the documented codes. */
export type Api2ErrorCode = number;

/** Every documented code, in order. */
export const API2_CODES: readonly Api2ErrorCode[] = Object.freeze(data.codes.map((record) => record.code));
