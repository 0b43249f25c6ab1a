/**
 * The machinery of scripts/run-tests.ts: a step is a named command run by this Node; running it
 * prints its id and description and adds its result to the run's tally.
 */
import { spawnSync } from 'node:child_process';
import { toolEnv } from './env.ts';

export type Counts = { passed: number; failed: number };

export interface Step {
	/** Short name, for --only. */
	id: string;
	/** One line: what the step checks or makes. */
	what: string;
	/** Arguments to node: a script, or a tool from node_modules/.bin. */
	args: string[];
	env?: Record<string, string>;
	/** The id of the build step whose output this step checks. */
	needs?: string;
	/** For a build step: whether its output is already there, fit for the steps that need it. */
	isBuilt?: () => boolean;
	/** For a test suite: its own tally, read after it ran. Any other step counts as one test. */
	counts?: () => Counts;
}

export const tally: Counts = { passed: 0, failed: 0 };

/** Run a step and add its result to the tally; true when it passed. */
export function runStep(step: Step): boolean {
	console.log(`\n▶ ${step.id}: ${step.what}`);
	const ok = spawnSync(process.execPath, step.args, { stdio: 'inherit', env: toolEnv(step.env) }).status === 0;
	if (step.counts) {
		const counts = step.counts();
		tally.passed += counts.passed;
		tally.failed += counts.failed;
		// A runner that failed without reporting a failed test (crash, config error) still fails the run.
		if (!ok && counts.failed === 0) tally.failed += 1;
	} else tally[ok ? 'passed' : 'failed'] += 1;
	if (!ok) console.log(`✗ ${step.id} failed`);
	return ok;
}

/** A step that cannot run (its build failed) counts as one failure. */
export function skipStep(step: Step, why: string): void {
	console.log(`\n✗ ${step.id} not run: ${why}`);
	tally.failed += 1;
}

/** The table for --list: id, description, and the build a step needs. */
export function formatSteps(steps: Step[]): string {
	const width = Math.max(...steps.map((step) => step.id.length)) + 2;
	return steps
		.map((step) => `${step.id.padEnd(width)}${step.what}${step.needs ? ` (needs ${step.needs})` : ''}`)
		.join('\n');
}

/**
 * The steps the command line asks for, in table order: all of them, or those named by --only
 * (comma-separated, or repeated). Null for --list. Throws on an unknown argument or step name.
 */
export function chooseSteps(steps: Step[], argv: string[]): Step[] | null {
	const usage = 'Usage: npm test [-- --list | --only <step>[,<step>…]]';
	const names: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--list') return null;
		const value = arg === '--only' ? argv[++i] : arg.startsWith('--only=') ? arg.slice('--only='.length) : null;
		if (value === null) throw new Error(`Unknown argument "${arg}". ${usage}`);
		if (!value) throw new Error(`--only needs a step name. ${usage}`);
		names.push(...value.split(',').map((name) => name.trim()));
	}
	const ids = steps.map((step) => step.id);
	const unknown = names.filter((name) => !ids.includes(name));
	if (unknown.length)
		throw new Error(
			`Unknown step${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `"${name}"`).join(', ')}. The steps are: ${ids.join(', ')} (npm test -- --list).`,
		);
	return names.length ? steps.filter((step) => names.includes(step.id)) : steps;
}
