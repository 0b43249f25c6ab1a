/**
 * Runs the committed nginx configuration (deploy/nginx/errors-site.conf) on a build, on a free
 * local port, as the test command and the benchmark do: the build is copied under its base path
 * into a temporary folder, which also holds the pid file, logs and temp paths, so nothing needs
 * root or touches the system's nginx. Only the lines the file marks "host-specific" are swapped
 * (listen, server_name, root, the path of the build's policy map); the rest runs as committed,
 * inside an http block with the settings of Debian's /etc/nginx/nginx.conf.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_CONFIG = 'deploy/nginx/errors-site.conf';
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Where this run serves: the committed file's host-specific values, made local. */
interface Local {
	port: number;
	root: string;
	cspMap: string;
}

/** The committed site file with its host-specific lines made local; throws if one is missing or unknown. */
export function localSiteConfig(config: string, local: Local): string {
	const found = new Set<string>();
	const lines = config.split('\n').flatMap((line) => {
		if (!/#\s*host-specific\s*$/.test(line)) return [line];
		const [indent, directive] = /^(\s*)(\S+)/.exec(line)!.slice(1);
		const first = !found.has(directive);
		found.add(directive);
		switch (directive) {
			case 'listen': // one local listener for however many the host has
				return first ? [`${indent}listen 127.0.0.1:${local.port};`] : [];
			case 'server_name':
				return [`${indent}server_name localhost;`];
			case 'root':
				return [`${indent}root ${local.root};`];
			case 'include':
				return [`${indent}include ${local.cspMap};`];
			default:
				throw new Error(`${NGINX_CONFIG}: no local value for the host-specific "${directive}"`);
		}
	});
	for (const directive of ['listen', 'server_name', 'root', 'include'])
		if (!found.has(directive)) throw new Error(`${NGINX_CONFIG}: no host-specific "${directive}" line`);
	return lines.join('\n');
}

/** The top of the configuration: Debian's http defaults, everything written inside `dir`. */
function mainConfig(dir: string): string {
	return `# Debian's /etc/nginx/nginx.conf, less what needs root (user, /run, /var/log).
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {
	worker_connections 256;
}
http {
	sendfile on;
	tcp_nopush on;
	types_hash_max_size 2048;
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log ${dir}/access.log;
	client_body_temp_path ${dir}/client_body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	gzip on;
	include ${dir}/site.conf;
}
`;
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

export interface NginxServer {
	/** The site's address: http://127.0.0.1:{port}{base}. */
	url: string;
	/** Stops nginx (its master, by pid) and removes the temporary folder. */
	stop: () => Promise<void>;
}

export interface NginxOptions {
	/** The build to serve. */
	dist: string;
	/** Its base path ("/docs/errors/"). */
	base: string;
	/** A change to the committed site file (the benchmark's other host); none for the test. */
	edit?: (config: string) => string;
}

export async function startNginx({ dist, base, edit = (config) => config }: NginxOptions): Promise<NginxServer> {
	if (!existsSync(nginxPath)) throw new Error(`No nginx at ${nginxPath}: apt-get install nginx (or set NGINX_PATH)`);
	const dir = mkdtempSync(join(tmpdir(), 'api2-errors-nginx-'));
	const root = join(dir, 'www');
	const site = join(root, base);
	mkdirSync(site, { recursive: true });
	cpSync(resolve(dist), site, { recursive: true });
	// nginx's workers run as "nobody" when started by root: they must be able to read the copy,
	// whatever the checkout's permissions.
	chmodSync(dir, 0o755);
	spawnSync('chmod', ['-R', 'a+rX', root]);
	const port = await freePort();
	const local = localSiteConfig(readFileSync(NGINX_CONFIG, 'utf8'), {
		port,
		root,
		cspMap: join(site, 'nginx-csp.conf'),
	});
	writeFileSync(join(dir, 'site.conf'), edit(local));
	writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));
	const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
	const remove = () => rmSync(dir, { recursive: true, force: true });

	const test = spawnSync(nginxPath, ['-t', '-q', ...args], { encoding: 'utf8' });
	if (test.status !== 0) {
		remove();
		throw new Error(`nginx rejects the configuration:\n${test.stderr}`);
	}
	const nginx: ChildProcess = spawn(nginxPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
	const exited = new Promise<void>((done) => nginx.once('exit', () => done()));
	// Never leave it running: on any exit of this process, stop it by its pid.
	const onExit = () => nginx.exitCode === null && nginx.kill('SIGKILL');
	process.once('exit', onExit);

	const url = `http://127.0.0.1:${port}${base}`;
	const stop = async () => {
		process.off('exit', onExit);
		if (nginx.exitCode === null && nginx.signalCode === null) {
			nginx.kill('SIGQUIT'); // graceful: the master waits for its worker
			const timer = setTimeout(() => nginx.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
		remove();
	};
	for (let tries = 0; ; tries++) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			// not listening yet
		}
		if (nginx.exitCode !== null || tries > 100) {
			const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
			await stop();
			throw new Error(`nginx did not start serving ${url}:\n${log}`);
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	return { url, stop };
}
