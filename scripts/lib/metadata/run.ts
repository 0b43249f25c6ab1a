/** Runs every metadata check over a build and prints each with its result. */
import { BuiltSite } from '../built-site.ts';
import { fileChecks } from './file-checks.ts';
import { pageChecks } from './page-checks.ts';
import type { Check } from './check.ts';

export const metadataChecks: Check[] = [...pageChecks, ...fileChecks];

/** Runs the checks; prints "✓ name: what" or "✗ name" and its problems; returns the number of failed checks. */
export function runMetadataChecks(site: BuiltSite): number {
	let failed = 0;
	for (const check of metadataChecks) {
		const problems = check.run(site);
		console.log(`${problems.length ? '✗' : '✓'} ${check.name}: ${check.what}`);
		for (const problem of problems.slice(0, 20)) console.log(`    ${problem}`);
		if (problems.length > 20) console.log(`    … and ${problems.length - 20} more`);
		if (problems.length) failed += 1;
	}
	const where = site.origin ? `${site.origin}${site.base}` : `no origin, base ${site.base}`;
	console.log(
		`${metadataChecks.length - failed} of ${metadataChecks.length} metadata checks hold on ${site.pages.length} pages (${where}).`,
	);
	return failed;
}
