import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/dataset/validate';
import { draftDataset } from '../../src/lib/draft/draft';
import { articleText as joinBlocks } from '../../src/lib/import/blocks';
import { extractFile } from '../../src/lib/import/extract-file';
import { parseHtmlInNode } from '../../src/lib/import/parse-html-node';
import { gazetteer } from './draft-helpers';
import { seedArticleText } from './seed';

const meta = { title: 'A title', publisher: 'A publisher', url: null, published: '2020-01-01' };
const treasury = new URL('../../articles/treasury/', import.meta.url);

function treasuryText(name: string): string {
	const imported = extractFile(name, readFileSync(new URL(name, treasury), 'utf8'), { parseHtml: parseHtmlInNode });
	return joinBlocks(imported.blocks);
}

describe('the draft dataset', () => {
	it('always validates, on every Treasury release and the seed article', () => {
		const texts = [seedArticleText, ...readdirSync(treasury).filter((name) => name.endsWith('.md') && name !== 'SOURCE.md').map(treasuryText)];
		for (const text of texts) {
			const { dataset, candidates } = draftDataset(text, meta, gazetteer);
			const checked = validateDataset(dataset, text, 'draft');
			expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.problems.slice(0, 3))).toBe(true);
			for (const quote of dataset.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.exact);
			// every item has its candidate record, with a confidence and the cue that made it
			const ids = [...dataset.entities, ...dataset.places, ...dataset.relations].map((item) => item.id);
			expect(new Set(candidates.map((candidate) => candidate.id))).toEqual(new Set(ids));
			for (const candidate of candidates) {
				expect(candidate.confidence).toBeGreaterThanOrEqual(0);
				expect(candidate.confidence).toBeLessThanOrEqual(1);
				expect(candidate.cue).not.toBe('');
			}
		}
	}, 120_000);

	it('validates on text with no actor, odd characters or markup, and reports progress', () => {
		const stages: string[] = [];
		for (const text of ['nothing here at all.', '   \n\n x', '<script>alert(1)</script> “Quote” — ‘x’ \u200b\u00a0 é', 'A'.repeat(5000), 'The Taliban. The Taliban. '.repeat(50)]) {
			const { dataset } = draftDataset(text, meta, gazetteer, (stage) => stages.push(stage));
			expect(validateDataset(dataset, text, 'draft').ok).toBe(true);
		}
		expect(stages).toEqual(expect.arrayContaining(['sentences', 'mentions', 'actors', 'places', 'links', 'quotes', 'dataset']));
	});

	it('drafts the Taliban source’s denial in the seed article as denied', () => {
		const { dataset } = draftDataset(seedArticleText, meta, gazetteer);
		const name = (id: string) => dataset.entities.find((entity) => entity.id === id)?.name.toLowerCase();
		const denied = dataset.relations.filter((relation) => relation.stance === 'denied');
		expect(denied.some((relation) => [name(relation.source), name(relation.target)].sort().join('|') === 'al-qaeda|taliban')).toBe(true);
	});

	it('imports nothing from the app’s UI', () => {
		const folder = new URL('../../src/lib/draft/', import.meta.url);
		for (const file of readdirSync(folder)) {
			const source = readFileSync(new URL(file, folder), 'utf8');
			const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
			for (const path of imports) expect(path, `${file} imports ${path}`).toMatch(/^(\.\/|\.\.\/(dataset|gazetteer)\/|comlink$)/);
			expect(source).not.toMatch(/\.svelte|\bdocument\.\w|\bwindow\.\w/);
		}
	});
});
