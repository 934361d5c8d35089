/**
 * A copy of the built site (build/, from `npm run build`) in a temporary folder, served
 * by a tiny static server on a free port of its own: a test can change a file on disk,
 * as a deploy would, and see what the browser and the service worker make of it.
 *
 * It answers like a common static host: `max-age=600` on every file (hashed ones are
 * immutable), so a test also shows that the service worker's revalidation is not
 * defeated by the browser's HTTP cache.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD = fileURLToPath(new URL('../../build', import.meta.url));

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff'
};

export interface StaticSite {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	origin: string;
	/** Reads a served file (`/geo/drawing.json`). */
	read(file: string): string;
	/** Changes a served file on disk, as a deploy would. */
	write(file: string, text: string): void;
	/** Every served file under a folder (`/_app/immutable/`), as URL paths. */
	list(folder: string): string[];
	/** The path of every request the server has answered, in order. */
	requests: string[];
	close(): Promise<void>;
}

/** The file for a URL path: itself, or `<path>.html`, or `<path>/index.html` (adapter-static's pages). */
function fileFor(root: string, urlPath: string): string | null {
	const base = path.join(root, ...decodeURIComponent(urlPath).split('/').filter((part) => part && part !== '..'));
	for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

export async function serveBuildCopy(): Promise<StaticSite> {
	if (!existsSync(path.join(BUILD, 'index.html'))) throw new Error(`${BUILD} has no index.html: run \`npm run build\` first.`);
	const root = mkdtempSync(path.join(tmpdir(), 'threadboard-site-'));
	cpSync(BUILD, root, { recursive: true });
	const requests: string[] = [];
	const server: Server = createServer((request, response) => {
		const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
		requests.push(urlPath);
		const file = fileFor(root, urlPath);
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
			'cache-control': urlPath.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600'
		});
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The static server has no port.');
	const inRoot = (file: string) => path.join(root, ...file.split('/').filter(Boolean));
	return {
		origin: `http://127.0.0.1:${address.port}`,
		read: (file) => readFileSync(inRoot(file), 'utf8'),
		write: (file, text) => writeFileSync(inRoot(file), text),
		list: (folder) =>
			(readdirSync(inRoot(folder), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
				.filter((entry) => entry.isFile())
				.map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`),
		requests,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			rmSync(root, { recursive: true, force: true });
		}
	};
}
