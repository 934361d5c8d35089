/**
 * The built-in corpus laid out at build time (scripts/build-layouts.ts's buildCorpusLayout):
 * under the key the page computes for the corpus the library opens, read back whole, and
 * only when there is such a corpus.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusLayout } from '../../scripts/build-layouts';
import { openedCorpus } from '../../src/lib/corpus/open-corpus';
import { layoutInput } from '../../src/lib/graph/layout-key';
import { restoreLayout } from '../../src/lib/graph/saved-layout';
import { corpusLayoutFile } from '../../src/lib/graph/layout-sources';
import { validateDatasetFiles } from '../../src/lib/dataset/validate';
import type { Dataset } from '../../src/lib/dataset/schema';
import { BUILT_IN_CORPUS_ID } from '../../src/lib/storage/library';
import { SEED_SLUG, seedJson } from './seed';

const SHIPPED = new URL('../../static/datasets/', import.meta.url);
const OTHER = 'treasury-2022-02-02-ngo-calls-afghanistan';

/** A datasets folder with copies of built-in datasets (and any extra folders written as given). */
function folderWith(slugs: string[], extra: Record<string, { json: string; article: string }> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'corpus-layout-'));
	for (const slug of slugs) {
		mkdirSync(join(root, slug));
		for (const file of ['dataset.json', 'article.txt']) copyFileSync(new URL(`${slug}/${file}`, SHIPPED), join(root, slug, file));
	}
	for (const [slug, { json, article }] of Object.entries(extra)) {
		mkdirSync(join(root, slug));
		writeFileSync(join(root, slug, 'dataset.json'), json);
		writeFileSync(join(root, slug, 'article.txt'), article);
	}
	return root;
}

function read(root: string, slug: string): Dataset {
	const result = validateDatasetFiles({ datasetJson: readFileSync(join(root, slug, 'dataset.json'), 'utf8'), articleText: readFileSync(join(root, slug, 'article.txt'), 'utf8') }, slug);
	if (!result.ok) throw new Error(`${slug} has problems`);
	return result.dataset;
}

/** The layout input of the corpus as the workspace opens it (CorpusView: openedCorpus with the record's decisions). */
function pageInput(datasets: Dataset[]) {
	const { index } = openedCorpus({ id: BUILT_IN_CORPUS_ID, title: 'All built-in articles', decisions: { actors: {}, places: {} } }, datasets);
	return layoutInput(index.dataset.entities, index.dataset.relations);
}

describe('the built-in corpus’s layout, made at build time', () => {
	it('is written under the key the page computes for the corpus, and gives every actor a place', () => {
		const root = folderWith([SEED_SLUG, OTHER]);
		const log: string[] = [];
		const key = buildCorpusLayout(root, [SEED_SLUG, OTHER], (line) => log.push(line));
		const input = pageInput([read(root, SEED_SLUG), read(root, OTHER)]);
		const restored = restoreLayout(JSON.parse(readFileSync(join(root, corpusLayoutFile(BUILT_IN_CORPUS_ID)), 'utf8')), input);
		expect(key).not.toBeNull();
		expect(restored).not.toBeNull();
		expect(restored!.size).toBe(input.entities.length);
		expect(log.join('\n')).toMatch(/laid out \d+ actors \(2 articles\)/);
		// A file, not a folder: every folder beside the index is a dataset (npm run validate checks each as one).
		expect(readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort()).toEqual([SEED_SLUG, OTHER].sort());
		// A second build finds it up to date.
		buildCorpusLayout(root, [SEED_SLUG, OTHER], (line) => log.push(line));
		expect(log.at(-1)).toContain('up to date');
	});

	it('leaves out a dataset with problems, as the library does when it opens the corpus', () => {
		const broken = seedJson();
		broken.quotes[0].exact = 'words the article does not have';
		const root = folderWith([SEED_SLUG, OTHER], { broken: { json: JSON.stringify(broken), article: readFileSync(new URL(`${SEED_SLUG}/article.txt`, SHIPPED), 'utf8') } });
		const key = buildCorpusLayout(root, [SEED_SLUG, 'broken', OTHER], () => {});
		const saved = JSON.parse(readFileSync(join(root, corpusLayoutFile(BUILT_IN_CORPUS_ID)), 'utf8'));
		expect(restoreLayout(saved, pageInput([read(root, SEED_SLUG), read(root, OTHER)]))).not.toBeNull();
		expect(saved.id).toBe(key);
	});

	it('is not made with one dataset (no built-in corpus), nor over a dataset that has the corpus’s name', () => {
		expect(buildCorpusLayout(folderWith([SEED_SLUG]), [SEED_SLUG], () => {})).toBeNull();
		const root = folderWith([SEED_SLUG, OTHER]);
		mkdirSync(join(root, BUILT_IN_CORPUS_ID));
		writeFileSync(join(root, BUILT_IN_CORPUS_ID, 'dataset.json'), '{}');
		expect(buildCorpusLayout(root, [SEED_SLUG, OTHER, BUILT_IN_CORPUS_ID], () => {})).toBeNull();
		expect(existsSync(join(root, corpusLayoutFile(BUILT_IN_CORPUS_ID)))).toBe(false);
		expect(readFileSync(join(root, BUILT_IN_CORPUS_ID, 'dataset.json'), 'utf8')).toBe('{}');
	});
});
