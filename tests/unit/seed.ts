/** The seed dataset's files, read from the repository for tests. */
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/dataset/validate';
import type { Dataset } from '../../src/lib/dataset/schema';

export const SEED_SLUG = 'haqqani-al-qaeda-joint-unit';
const folder = new URL(`../../static/datasets/${SEED_SLUG}/`, import.meta.url);

export const seedArticleText = readFileSync(new URL('article.txt', folder), 'utf8');
export const seedDatasetJsonText = readFileSync(new URL('dataset.json', folder), 'utf8');

/** A fresh, mutable copy of the seed's JSON, for tests that break it. */
export function seedJson(): any {
	return JSON.parse(seedDatasetJsonText);
}

export function loadSeed(): Dataset {
	const result = validateDataset(seedJson(), seedArticleText, SEED_SLUG);
	if (!result.ok) throw new Error(`seed dataset is invalid: ${JSON.stringify(result.problems)}`);
	return result.dataset;
}

/**
 * The seed with one actor's id changed everywhere it is referred to, validated like any
 * dataset (so the new id must be a valid one).
 */
export function seedWithEntityId(from: string, to: string): Dataset {
	const json = seedJson();
	for (const entity of json.entities) if (entity.id === from) entity.id = to;
	for (const relation of json.relations)
		for (const key of ['source', 'target', 'assertedBy']) if (relation[key] === from) relation[key] = to;
	const result = validateDataset(json, seedArticleText, SEED_SLUG);
	if (!result.ok) throw new Error(`renamed seed is invalid: ${JSON.stringify(result.problems)}`);
	return result.dataset;
}
