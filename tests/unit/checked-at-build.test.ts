/**
 * Built-in files checked at build time are read by the page without checking them again
 * (src/lib/dataset/checked-at-build.ts, scripts/build-layouts.ts): only files that passed
 * every check unchanged are listed, only those exact texts are trusted, and what the page
 * reads from them is what the checks would have given.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedAtBuild, checkedMap, writeMapDrawing } from '../../scripts/build-layouts';
import { readDrawing } from '../../src/lib/map/map-model';
import { areaOutlineUrl, readAreaOutline } from '../../src/lib/map/area-outlines';
import { checkedKey, wasCheckedAtBuild } from '../../src/lib/dataset/checked-at-build';
import { readDatasetFiles, readDatasetIndex } from '../../src/lib/dataset/load';
import { validateDatasetFiles, validateDatasetIndex } from '../../src/lib/dataset/validate';
import { SEED_SLUG, seedArticleText, seedDatasetJsonText, seedJson } from './seed';

const seedFiles = { datasetJson: seedDatasetJsonText, articleText: seedArticleText };
const indexText = readFileSync(new URL('../../static/datasets/index.json', import.meta.url), 'utf8');

describe('the key a checked file is listed under', () => {
	it('is a SHA-256 in hex, the same for the same texts', async () => {
		const key = await checkedKey('dataset', [seedDatasetJsonText, seedArticleText]);
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(await checkedKey('dataset', [seedDatasetJsonText, seedArticleText])).toBe(key);
	});

	it('differs with the kind, with any one character, and with where one file ends and the next begins', async () => {
		const keys = await Promise.all([
			checkedKey('dataset', ['ab', 'c']),
			checkedKey('dataset', ['a', 'bc']),
			checkedKey('index', ['ab', 'c']),
			checkedKey('dataset', ['ab', 'd'])
		]);
		expect(new Set(keys).size).toBe(4);
	});
});

describe('reading a built-in dataset', () => {
	it('trusts only the exact texts listed: one changed character is checked, and its problem found', async () => {
		const built = [(await checkedKey('dataset', [seedDatasetJsonText, seedArticleText]))!];
		expect(await wasCheckedAtBuild('dataset', [seedDatasetJsonText, seedArticleText], built)).toBe(true);
		expect(await wasCheckedAtBuild('dataset', [seedDatasetJsonText, seedArticleText], [])).toBe(false);
		// A quote's text changed by one letter no longer matches the article: the checks run and refuse it.
		const json = seedJson();
		json.quotes[0].exact = `x${json.quotes[0].exact.slice(1)}`;
		const changed = { datasetJson: JSON.stringify(json), articleText: seedArticleText };
		expect(await wasCheckedAtBuild('dataset', [changed.datasetJson, changed.articleText], built)).toBe(false);
		const result = await readDatasetFiles(changed, SEED_SLUG, built);
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toContain('quotes[0].exact');
	});

	it('does not trust a listed dataset beside another listed article: the two files are listed together', async () => {
		const other = new URL('../../static/datasets/treasury-2012-05-17-bakht-gul-abdul-baqi-bari/', import.meta.url);
		const otherJson = readFileSync(new URL('dataset.json', other), 'utf8');
		const otherArticle = readFileSync(new URL('article.txt', other), 'utf8');
		const built = [(await checkedKey('dataset', [seedDatasetJsonText, seedArticleText]))!, (await checkedKey('dataset', [otherJson, otherArticle]))!];
		const result = await readDatasetFiles({ datasetJson: seedDatasetJsonText, articleText: otherArticle }, SEED_SLUG, built);
		// Checked, not trusted: the seed's quotes are not in the other article.
		expect(result.ok).toBe(false);
	});

	it('gives what the checks give, for a listed dataset and for the listed index', async () => {
		const built = [(await checkedKey('dataset', [seedDatasetJsonText, seedArticleText]))!, (await checkedKey('index', [indexText]))!];
		expect(await readDatasetFiles(seedFiles, SEED_SLUG, built)).toEqual(validateDatasetFiles(seedFiles, SEED_SLUG));
		expect(await readDatasetIndex(indexText, 'datasets/index.json', built)).toEqual(validateDatasetIndex(indexText, 'datasets/index.json'));
	});

	it('checks a broken index as before, listed keys or not', async () => {
		const built = [(await checkedKey('index', [indexText]))!];
		const result = await readDatasetIndex('{"datasets": 3}', 'datasets/index.json', built);
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.problems[0]!.path).toContain('datasets/index.json');
	});
});

describe('what the build lists', () => {
	function folderWith(datasets: Record<string, { json: unknown; article: string }>): string {
		const root = mkdtempSync(join(tmpdir(), 'threadboard-checked-'));
		writeFileSync(join(root, 'index.json'), JSON.stringify({ datasets: Object.keys(datasets).map((slug) => ({ slug, title: slug })) }));
		for (const [slug, { json, article }] of Object.entries(datasets)) {
			mkdirSync(join(root, slug));
			writeFileSync(join(root, slug, 'dataset.json'), JSON.stringify(json, null, '\t'));
			writeFileSync(join(root, slug, 'article.txt'), article);
		}
		return root;
	}

	it('lists the index and each dataset that passes unchanged, and leaves out one the checks refuse, warn about or change', async () => {
		const broken = seedJson();
		broken.quotes[0].start += 1;
		const warned = seedJson();
		// Two actors whose names differ only in case: allowed, with a warning.
		warned.entities[1].name = warned.entities[0].name.toUpperCase();
		const trimmed = seedJson();
		trimmed.article.title = ` ${trimmed.article.title}`;
		const defaulted = seedJson();
		for (const entity of defaulted.entities) delete entity.plural;
		const datasets = { good: seedJson(), broken, warned, trimmed, defaulted };
		const root = folderWith(Object.fromEntries(Object.entries(datasets).map(([slug, json]) => [slug, { json, article: seedArticleText }])));
		expect(validateDatasetFiles({ datasetJson: JSON.stringify(warned), articleText: seedArticleText }, 'warned')).toMatchObject({ ok: true, warnings: [expect.anything()] });
		const lines: string[] = [];
		const keys = await checkedAtBuild(root, Object.keys(datasets), (line) => lines.push(line));
		const text = (slug: string, file: string) => readFileSync(join(root, slug, file), 'utf8');
		expect(keys).toEqual([await checkedKey('index', [readFileSync(join(root, 'index.json'), 'utf8')]), await checkedKey('dataset', [text('good', 'dataset.json'), text('good', 'article.txt')])]);
		expect(lines.join('\n')).toMatch(/broken: left to the page to check \(it has problems\)/);
		expect(lines.join('\n')).toMatch(/warned: left to the page to check \(it has warnings\)/);
		expect(lines.join('\n')).toMatch(/trimmed: left to the page to check \(the checks give it back changed/);
		expect(lines.join('\n')).toMatch(/defaulted: left to the page to check \(the checks give it back changed/);
	});

	it('lists a dataset whose keys come in another order than the schema’s', async () => {
		const json = seedJson();
		json.quotes = json.quotes.map(({ exact, ...rest }: { exact: string }) => ({ exact, ...rest }));
		const root = folderWith({ reordered: { json, article: seedArticleText } });
		const keys = await checkedAtBuild(root, ['reordered'], () => {});
		expect(keys).toHaveLength(2);
	});
});

describe('the map drawing', () => {
	/** The drawing and outline files as `npm run layouts` writes them, from the committed topology, in a folder of their own. */
	function builtGeo(): string {
		const geo = mkdtempSync(join(tmpdir(), 'threadboard-geo-'));
		copyFileSync(new URL('../../static/geo/region.topo.json', import.meta.url), join(geo, 'region.topo.json'));
		writeMapDrawing(geo);
		return geo;
	}
	const geo = builtGeo();
	const drawingText = readFileSync(join(geo, 'drawing.json'), 'utf8');

	it('is written with every area’s outline file, each at the URL the page asks for', () => {
		const drawing = JSON.parse(drawingText) as { names: Record<string, Record<string, string>> };
		for (const layer of ['provinces', 'districts'] as const)
			for (const [id, name] of Object.entries(drawing.names[layer]!)) {
				const outline = JSON.parse(readFileSync(join(geo, areaOutlineUrl(layer, id).replace(/^\/geo\//, '')), 'utf8'));
				expect(readAreaOutline(outline, layer, id).name).toBe(name);
			}
	});

	it('is listed when it passes its check unchanged, and not when it fails it', async () => {
		expect(await checkedMap(join(geo, 'drawing.json'), () => {})).toBe(await checkedKey('map', [drawingText]));
		const broken = JSON.parse(drawingText);
		broken.projected.water = 'javascript:alert(1)';
		writeFileSync(join(geo, 'broken.json'), JSON.stringify(broken));
		const lines: string[] = [];
		expect(await checkedMap(join(geo, 'broken.json'), (line) => lines.push(line))).toBeNull();
		expect(lines.join('\n')).toMatch(/left to the page to check \(the map drawing's projected.water is not path data\.\)/);
	});

	it('not listed, is checked in the page: a malformed drawing is refused with its field', async () => {
		const broken = JSON.parse(drawingText);
		broken.projected.water = 'javascript:alert(1)';
		await expect(readDrawing(broken, JSON.stringify(broken))).rejects.toThrow("the map drawing's projected.water is not path data.");
		const unnamed = JSON.parse(drawingText);
		unnamed.names.provinces['AFG-1767'] = 5;
		await expect(readDrawing(unnamed, JSON.stringify(unnamed))).rejects.toThrow("the map drawing's names.provinces.AFG-1767 is not text.");
		expect((await readDrawing(JSON.parse(drawingText), drawingText)).projected?.water).toBe(JSON.parse(drawingText).projected.water);
	});
});

