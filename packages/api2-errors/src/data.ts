/**
 * The package's data. Here, in the repository, it is computed from the content by the site's own
 * pipeline (scripts/data.ts), so that the package's sources run and are tested as they are; the
 * build (scripts/build.ts) bundles the same data, computed once, in place of this module.
 */
import { packageData } from '../scripts/data.ts';
import type { PackageData } from './shape.ts';

export const data: PackageData = packageData();
