/** The package's tests, run by scripts/check.ts against the installed tarball (not part of the unit step). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['packages/api2-errors/test/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 60_000,
		// One file at a time: the site comparison drives a browser, the machine is shared.
		fileParallelism: false,
	},
});
