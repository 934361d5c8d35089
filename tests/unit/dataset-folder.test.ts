import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { datasetToBundle, parseBundle } from '../../src/lib/dataset/bundle';
import { readDatasetFiles } from '../../src/lib/storage/dataset-files';
import { datasetFolderZip, datasetJsonText, filesFromZip } from '../../src/lib/storage/dataset-folder';
import { loadSeed, seedDatasetJsonText } from './seed';

describe('the folder format in one zip', () => {
	it('writes dataset.json as the built-in datasets are written', () => {
		expect(datasetJsonText(loadSeed())).toBe(seedDatasetJsonText);
	});

	it('round-trips exactly: the same dataset, under the same id', () => {
		const seed = loadSeed();
		const zip = datasetFolderZip(seed);
		expect(datasetFolderZip(seed)).toEqual(zip);
		const unzipped = filesFromZip('seed.zip', zip);
		expect(unzipped.ok).toBe(true);
		if (!unzipped.ok) return;
		expect(unzipped.id).toBe(seed.slug);
		const read = readDatasetFiles(unzipped.files);
		expect(read.ok && read.dataset).toEqual({ ...seed, slug: 'imported' });
		if (read.ok) expect(datasetToBundle({ ...read.dataset, slug: unzipped.id! })).toBe(datasetToBundle(seed));
	});

	it('bundles round-trip exactly too', () => {
		const seed = loadSeed();
		const parsed = parseBundle(datasetToBundle(seed));
		expect(parsed.ok && parsed.dataset).toEqual(seed);
	});

	it('refuses what is not a dataset folder, saying why', () => {
		expect(filesFromZip('x.zip', strToU8('not a zip'))).toMatchObject({ ok: false, problem: expect.stringMatching(/not a zip file/) });
		const onlyJson = zipSync({ 'a/dataset.json': strToU8('{}'), 'a/notes.md': strToU8('x') });
		expect(filesFromZip('only.zip', onlyJson)).toMatchObject({ ok: false, problem: expect.stringMatching(/one dataset.json and one article.txt \(it holds 1 and 0\)/) });
		const renamed = zipSync({ 'Not An Id/dataset.json': strToU8('{}'), 'Not An Id/article.txt': strToU8('x') });
		expect(filesFromZip('renamed.zip', renamed)).toMatchObject({ ok: true, id: null });
	});
});
