import type { BuiltSite } from '../built-site.ts';

/** One named check over a build: what it holds to, and the problems it finds ("file: what is wrong"). */
export interface Check {
	name: string;
	what: string;
	run: (site: BuiltSite) => string[];
}
