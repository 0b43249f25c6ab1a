#!/usr/bin/env node
/** The `api2-errors` command (the package's bin): the process's arguments, streams and files for the tool (cli/main.ts). */
import { readFileSync } from 'node:fs';
import { run, type Io } from './cli/main.ts';
import { registry } from './instance.ts';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

// Output cut short by the reader (`api2-errors list | head -1`) is no error.
for (const stream of [process.stdout, process.stderr])
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});

const io: Io = {
	argv: process.argv.slice(2),
	env: process.env,
	stdout: process.stdout,
	stderr: process.stderr,
	stdinIsTTY: Boolean(process.stdin.isTTY),
	readStdin,
	readFile: (path) => readFileSync(path, 'utf8'),
};
process.exitCode = await run(io, registry);
