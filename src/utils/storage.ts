/**
 * Web storage that may be unavailable (private mode, policies, a full quota): reads give null
 * and writes are skipped, so a feature that only remembers things keeps working unremembered.
 */
type Area = 'localStorage' | 'sessionStorage';

export function readStored(area: Area, key: string): string | null {
	try {
		return globalThis[area].getItem(key);
	} catch {
		return null;
	}
}

export function store(area: Area, key: string, value: string): void {
	try {
		globalThis[area].setItem(key, value);
	} catch {
		// Unavailable or full: nothing is remembered, nothing breaks.
	}
}
