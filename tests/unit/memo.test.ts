import { describe, expect, it, vi } from 'vitest';
import { memoize } from '../../src/utils/memo.ts';

describe('memoize', () => {
	it('loads each key once and gives every caller the same promise', async () => {
		const load = vi.fn(async (key: string) => `value of ${key}`);
		const get = memoize(load);
		const first = get('a');
		expect(get('a')).toBe(first);
		expect(await first).toBe('value of a');
		expect(await get('a')).toBe('value of a');
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('loads different keys separately', async () => {
		const load = vi.fn(async (key: number) => key * 2);
		const get = memoize(load);
		expect(await Promise.all([get(1), get(2), get(1)])).toEqual([2, 4, 2]);
		expect(load).toHaveBeenCalledTimes(2);
	});

	it('forgets a rejected load, so that the next call tries again', async () => {
		let attempts = 0;
		const get = memoize(async (key: string) => {
			attempts++;
			if (attempts === 1) throw new Error(`offline: ${key}`);
			return key;
		});
		await expect(get('x')).rejects.toThrow('offline: x');
		expect(await get('x')).toBe('x');
		expect(await get('x')).toBe('x');
		expect(attempts).toBe(2);
	});

	it('shares a load that is still pending, even one that will fail', async () => {
		const load = vi.fn(() => Promise.reject(new Error('no network')));
		const get = memoize(load);
		const [a, b] = [get(), get()];
		expect(b).toBe(a);
		await expect(a).rejects.toThrow('no network');
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('needs no key for a single resource', async () => {
		const load = vi.fn(async () => [1, 2, 3]);
		const get = memoize(load);
		expect(await get()).toEqual([1, 2, 3]);
		expect(await get()).toEqual([1, 2, 3]);
		expect(load).toHaveBeenCalledTimes(1);
	});
});
