/**
 * The benchmark's static server: the production build as adapter-static writes it,
 * gzip-compressed like any real host, with the benchmark's synthetic datasets laid
 * over it as if they were built in, and the d3 baseline page under /__baseline/.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.svg', '.webmanifest']);

export interface ServeOptions {
	/** adapter-static's output folder. */
	root: string;
	port: number;
	/** Folders of extra datasets by slug, listed after the built-in ones in /datasets/index.json. */
	datasets: { slug: string; title: string; folder: string }[];
	/** The built baseline page. */
	baseline: string;
	/** Shipped layouts of the extra datasets, by key (see scripts/build-layouts.ts). */
	layouts?: Record<string, string>;
}

function resolveFile(root: string, pathname: string): string | null {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, safe);
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

export function serve(options: ServeOptions): Promise<Server> {
	const gzipped = new Map<string, Buffer>();
	const overlay = new Map(options.datasets.map((dataset) => [dataset.slug, dataset]));

	function indexJson(): Buffer {
		const built = JSON.parse(readFileSync(join(options.root, 'datasets/index.json'), 'utf8')) as { datasets: { slug: string }[] };
		const extra = options.datasets.filter((dataset) => !built.datasets.some((entry) => entry.slug === dataset.slug));
		built.datasets.push(...extra.map(({ slug, title }) => ({ slug, title })));
		return Buffer.from(JSON.stringify(built, null, '\t'));
	}

	function layoutsJson(): Buffer {
		const file = join(options.root, 'datasets/layouts.json');
		const built = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
		return Buffer.from(JSON.stringify({ ...built, ...options.layouts }));
	}

	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file: string | null = null;
		let body: Buffer | null = null;
		const datasetMatch = /^\/datasets\/([^/]+)\/(.+)$/.exec(url.pathname);
		if (url.pathname === '/datasets/index.json') body = indexJson();
		else if (url.pathname === '/datasets/layouts.json') body = layoutsJson();
		else if (datasetMatch && overlay.has(datasetMatch[1]!)) file = resolveFile(overlay.get(datasetMatch[1]!)!.folder, datasetMatch[2]!);
		else if (url.pathname.startsWith('/__baseline/')) file = resolveFile(options.baseline, url.pathname.slice('/__baseline/'.length));
		else file = resolveFile(options.root, url.pathname);
		if (!file && !body) {
			const fallback = resolveFile(options.root, '404.html') ?? resolveFile(options.root, '200.html');
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(fallback ? readFileSync(fallback) : 'not found');
			return;
		}
		const extension = file ? extname(file) : '.json';
		const type = TYPES[extension] ?? 'application/octet-stream';
		const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
		if (url.pathname === '/service-worker.js') headers['service-worker-allowed'] = '/';
		let payload = body ?? readFileSync(file!);
		if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			const key = body ? `${url.pathname}:${payload.length}` : file!;
			let compressed = gzipped.get(key);
			if (!compressed || body) {
				compressed = gzipSync(payload, { level: 9 });
				gzipped.set(key, compressed);
			}
			payload = compressed;
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'accept-encoding';
		}
		headers['content-length'] = String(payload.length);
		response.writeHead(200, headers);
		response.end(request.method === 'HEAD' ? undefined : payload);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', () => resolve(server));
	});
}
