import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as sorted "/"-separated relative paths. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(dir.length)
				.replace(/^[/\\]+/, '')
				.replaceAll('\\', '/'),
		)
		.sort();
}
