/**
 * One memoising loader for what the browser fetches or imports (search indexes, code records):
 * each key loads once and every caller shares the promise; a failed load is forgotten, so that
 * the next call tries again instead of failing for the rest of the visit.
 */

/** `load`, called once per key; a rejected promise is dropped so that the key can be retried. */
export function memoize<V, K = void>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
	const cache = new Map<K, Promise<V>>();
	return (key) => {
		const cached = cache.get(key);
		if (cached) return cached;
		const loading = load(key);
		cache.set(key, loading);
		loading.catch(() => {
			if (cache.get(key) === loading) cache.delete(key);
		});
		return loading;
	};
}
