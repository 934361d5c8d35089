/**
 * `npm run bench:draft [-- ARTICLE_FILE] [--runs N] [--port N]`: builds a page that drafts an
 * article in the drafting Web Worker (Vite, the app's own bundling of the worker and its lazy
 * chunks), serves it on a port of its own and times it in Chromium: cold (worker start, pipeline
 * and gazetteer loaded, draft) and warm (a second draft). Prints medians and the chunk sizes.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import config, { CHROMIUM_PATH } from '../playwright.config';
import { articleText, readArticleFile } from '../scripts/draft/read-article';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench-data', 'draft-worker');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, port: { type: 'string', default: process.env.THREADBOARD_TEST_PORT ?? '4330' } } });
const file = positionals[0] ?? join(ROOT, 'articles/treasury/2018-01-25-sm0265.md');

await build({ root: join(ROOT, 'bench/draft'), logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, target: 'es2022' }, worker: { format: 'es' } });
const read = readArticleFile(file);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'article.json'), JSON.stringify({ text: articleText(read.title ?? 'Article', read.body), title: read.title ?? 'Article', published: read.published }));

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((request, response) => {
	const path = join(OUT, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html'));
	if (!path.startsWith(OUT)) return void response.writeHead(403).end();
	try {
		const body = readFileSync(path);
		response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
	} catch {
		response.writeHead(404).end();
	}
});
await new Promise<void>((done) => server.listen(Number(values.port), '127.0.0.1', done));

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: (config.use?.launchOptions?.args ?? []) as string[] });
const results: { words: number; coldMs: number; warmMs: number }[] = [];
for (let run = 0; run < Number(values.runs); run++) {
	const page = await browser.newPage();
	await page.goto(`http://127.0.0.1:${values.port}/`);
	await page.waitForFunction(() => document.getElementById('out')!.textContent!.startsWith('{'), null, { timeout: 120_000 });
	results.push(JSON.parse((await page.textContent('#out'))!));
	await page.close();
}
await browser.close();
server.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const chunks = readdirSync(join(OUT, 'assets')).map((name) => {
	const bytes = readFileSync(join(OUT, 'assets', name));
	return `${name.replace(/-[\w-]{8}\./, '.')} ${(statSync(join(OUT, 'assets', name)).size / 1024).toFixed(0)} kB (${(gzipSync(bytes).length / 1024).toFixed(0)} kB gzip)`;
});
console.log(`${results[0]!.words} words, ${results.length} runs in Chromium: cold ${median(results.map((r) => r.coldMs))} ms (worker start, code and gazetteer loaded, draft), warm ${median(results.map((r) => r.warmMs))} ms`);
console.log(`runs: ${results.map((r) => `${r.coldMs}/${r.warmMs}`).join(', ')} ms`);
console.log(`stages of the last cold run (ms since start): ${(results.at(-1) as unknown as { stages: { stage: string; at: number }[] }).stages.map((s) => `${s.stage} ${s.at}`).join(", ")}`);
console.log(`chunks: ${chunks.join('; ')}`);
