import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeLock, platformOf } from '../../scripts/lock-platforms.ts';

describe('platformOf', () => {
	it('reads os, cpu and libc from a binary package name', () => {
		expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
		expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
		expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({
			os: ['linux'],
			cpu: ['arm64'],
			libc: ['musl'],
		});
		expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
	});
	it('refuses a name that states no platform', () => {
		expect(() => platformOf('@scope/helper')).toThrow(/@scope\/helper: not a platform binary/);
	});
});

describe('completeLock', () => {
	it('adds a missing optional binary at the root, skipped off its platform', () => {
		const packages = {
			'': {},
			'node_modules/pagefind': {
				version: '1.6.0',
				dev: true,
				optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-arm64': '1.6.0' },
			},
			'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true },
		};
		expect(completeLock(packages)).toEqual(['node_modules/@pagefind/darwin-arm64@1.6.0']);
		expect(packages).toHaveProperty(['node_modules/@pagefind/darwin-arm64'], {
			version: '1.6.0',
			os: ['darwin'],
			cpu: ['arm64'],
			dev: true,
			optional: true,
		});
	});
	it('adds nothing when npm would find the package further up', () => {
		const packages = {
			'node_modules/a/node_modules/b': { optionalDependencies: { '@x/linux-x64': '1.0.0' } },
			'node_modules/@x/linux-x64': { version: '1.0.0', optional: true },
		};
		expect(completeLock(packages)).toEqual([]);
	});
	it('finds nothing missing in the committed lock (npm ci accepts it)', () => {
		const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
		expect(completeLock(lock.packages)).toEqual([]);
	});
});
