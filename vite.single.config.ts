/**
 * The single-file build: the whole app, the first dataset, the map's boundaries and
 * the fonts in one HTML file that opens from disk with no server and no network.
 * `npm run build:single` writes build-single/threadboard.html; `npm run build` also
 * copies it to build/briefing-template.html, where the app's "download briefing"
 * fetches it and embeds a slide deck into it (src/lib/briefing/briefing-html.ts).
 *
 * Plain Vite with the Svelte plugin, not SvelteKit: there is no router or server
 * here, just src/single/main.ts mounting the same Workspace the app shows.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import svelteConfig from './svelte.config.js';
import { withBriefingCsp } from './src/lib/briefing/briefing-csp.js';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const OUTPUT_FILE = 'threadboard.html';
const staticDir = path.join(projectRoot, 'static');

const VIRTUAL_ID = 'virtual:threadboard-embedded';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;
/** The map boundaries the app fetches (PlaceMap's default topologyUrl). */
const TOPOLOGY_PATH = '/geo/region.topo.json';
const INDEX_PATH = '/datasets/index.json';

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `virtual:threadboard-embedded` exports `files`: the static files the app would
 * fetch, by URL path, as text — the dataset index, the FIRST dataset's
 * dataset.json and article.txt (the one the app shows), and the map topology.
 * Only the first dataset goes in, so the file stays the size of what it shows.
 * Nothing is validated here: the page runs the app's own loaders over these
 * strings, so a broken dataset shows its problems exactly as the app does.
 * A missing file is simply left out (the loaders then report it as missing).
 */
function embedStaticFiles(): Plugin {
	const files: Record<string, string> = {};
	const read = (urlPath: string, watch: (file: string) => void) => {
		const file = path.join(staticDir, ...urlPath.split('/').filter(Boolean));
		if (!existsSync(file)) return;
		watch(file);
		files[urlPath] = readFileSync(file, 'utf8');
	};
	let title = 'Threadboard';

	return {
		name: 'threadboard:embed-static-files',
		buildStart() {
			const watch = (file: string) => this.addWatchFile(file);
			for (const key of Object.keys(files)) delete files[key];
			read(INDEX_PATH, watch);
			read(TOPOLOGY_PATH, watch);
			let slug: unknown;
			try {
				slug = (JSON.parse(files[INDEX_PATH] ?? 'null') as { datasets?: { slug?: unknown }[] } | null)?.datasets?.[0]?.slug;
			} catch {
				slug = undefined;
			}
			// Only a plain folder name; anything else is left for the index validation to report.
			if (typeof slug === 'string' && /^[\w-]+$/.test(slug)) {
				read(`/datasets/${slug}/dataset.json`, watch);
				read(`/datasets/${slug}/article.txt`, watch);
				try {
					const articleTitle = (JSON.parse(files[`/datasets/${slug}/dataset.json`] ?? 'null') as { article?: { title?: unknown } } | null)
						?.article?.title;
					title = typeof articleTitle === 'string' ? `${articleTitle} · Threadboard` : 'Threadboard';
				} catch {
					title = 'Threadboard';
				}
			}
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null;
		},
		load(id) {
			if (id !== RESOLVED_VIRTUAL_ID) return null;
			return `export const files = Object.freeze(${JSON.stringify(files)});\n`;
		},
		// The page's title is the article's, as in the app (a briefing may set its own: briefingHtml).
		// The favicon goes in as a data: URL (Vite leaves an SVG icon as a separate file).
		transformIndexHtml: {
			order: 'pre',
			handler(html) {
				const faviconFile = path.join(staticDir, 'favicon.svg');
				const icon = existsSync(faviconFile)
					? `<link rel="icon" href="data:image/svg+xml;base64,${readFileSync(faviconFile).toString('base64')}" type="image/svg+xml" />`
					: '';
				return html
					.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
					.replace('<!-- threadboard:favicon -->', icon);
			}
		}
	};
}

/**
 * Fontsource's CSS lists a WOFF fallback after each WOFF2 file. Every browser that
 * runs this app reads WOFF2, and inlined, the fallbacks are dead weight (about a
 * quarter of the file), so the single build drops them from the bundled CSS before
 * it is inlined. The app's own build keeps them.
 */
function woff2Only(): Plugin {
	const fallback = /,\s*url\(\s*["']?data:font\/woff;base64,[A-Za-z0-9+/=]*["']?\s*\)\s*format\(\s*["']?woff["']?\s*\)/g;
	return {
		name: 'threadboard:woff2-only',
		// 'post': Vite emits the CSS file in its own generateBundle; viteSingleFile (enforce 'post') inlines it after this.
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				for (const file of Object.values(bundle))
					if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string')
						file.source = file.source.replace(fallback, '');
			}
		}
	};
}

/**
 * Writes the briefing's Content Security Policy (src/lib/briefing/briefing-csp.ts) into
 * the finished file: only then is every script and style inlined, so only then can their
 * hashes be computed. writeBundle runs after viteSingleFile has written the one file.
 */
function contentSecurityPolicy(): Plugin {
	const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
	return {
		name: 'threadboard:content-security-policy',
		apply: 'build',
		enforce: 'post',
		writeBundle(options) {
			const file = path.join(options.dir ?? path.join(projectRoot, 'build-single'), OUTPUT_FILE);
			writeFileSync(file, withBriefingCsp(readFileSync(file, 'utf8'), sha256));
		}
	};
}

// tsconfig.json extends SvelteKit's generated .svelte-kit/tsconfig.json, which Vite reads to compile TypeScript.
if (!existsSync(path.join(projectRoot, '.svelte-kit/tsconfig.json')))
	throw new Error('.svelte-kit/tsconfig.json is missing: run `npx svelte-kit sync` first (`npm run build:single` does).');

export default defineConfig({
	root: path.join(projectRoot, 'src/single'),
	// Nothing to copy: every file the page needs is inlined.
	publicDir: false,
	plugins: [
		svelte({
			configFile: false,
			preprocess: svelteConfig.preprocess,
			compilerOptions: svelteConfig.compilerOptions
		}),
		embedStaticFiles(),
		woff2Only(),
		viteSingleFile({ outputFileName: OUTPUT_FILE }),
		contentSecurityPolicy()
	],
	resolve: {
		alias: { $lib: path.join(projectRoot, 'src/lib') }
	},
	build: {
		outDir: path.join(projectRoot, 'build-single'),
		emptyOutDir: true,
		// Fonts and the favicon become data: URLs (viteSingleFile sets this too; stated here so it is not lost).
		assetsInlineLimit: () => true,
		chunkSizeWarningLimit: 100_000_000,
		reportCompressedSize: true
	}
});
