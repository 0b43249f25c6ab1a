/** The registry of the package's own data: the one every entry point (the API, Api2Error, the CLI) uses. */
import { data } from './data.ts';
import { createRegistry } from './registry.ts';

export const registry = createRegistry(data);
