/**
 * `npm run layouts` (part of `npm run build`): lays out every built-in dataset once,
 * at build time, so the app never runs the simulation for them: a large one would
 * wait for the worker, and even the seed's (a few ms warm) cost about 40 ms of a
 * cold first load. The page fetches a built-in dataset's layout beside its files
 * (layout-request's `offerLayout`). Writes
 * static/datasets/<slug>/layout.json (skipped when it is already the dataset's) and
 * static/datasets/layouts.json, the list of shipped layouts by key. Both are build
 * output, not sources: an edited dataset gets a new key and is laid out again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateDatasetFiles } from '../src/lib/dataset/validate';
import { simulate } from '../src/lib/graph/layout';
import { layoutInput, layoutKey } from '../src/lib/graph/layout-key';
import { saveLayout } from '../src/lib/graph/saved-layout';

function readOrNull(path: string): string | null {
	return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Lays out each dataset folder under `root` that needs it; returns the index of keys to slugs. */
export function buildLayouts(root: string, slugs: string[], log: (line: string) => void = console.log): Record<string, string> {
	const index: Record<string, string> = {};
	for (const slug of slugs) {
		const folder = join(root, slug);
		const result = validateDatasetFiles({ datasetJson: readOrNull(join(folder, 'dataset.json')), articleText: readOrNull(join(folder, 'article.txt')) }, slug);
		if (!result.ok) {
			log(`  ${slug}: not laid out, the dataset has problems (npm run validate lists them)`);
			continue;
		}
		const input = layoutInput(result.dataset.entities, result.dataset.relations);
		const key = layoutKey(input);
		const file = join(folder, 'layout.json');
		const existing = readOrNull(file);
		if (existing && (JSON.parse(existing) as { id?: string }).id === key) log(`  ${slug}: layout up to date`);
		else {
			const started = performance.now();
			const { layout, work } = simulate(input.entities, input.relations, { seed: input.seed });
			writeFileSync(file, JSON.stringify(saveLayout(key, layout)));
			log(`  ${slug}: laid out ${layout.size} actors in ${work.ticks} ticks and ${work.separationRounds} separation rounds (${Math.round(performance.now() - started)} ms)`);
		}
		index[key] = slug;
	}
	return index;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const root = 'static/datasets';
	const { datasets } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { datasets: { slug: string }[] };
	console.log('Laying out the built-in datasets:');
	const index = buildLayouts(root, datasets.map((dataset) => dataset.slug));
	writeFileSync(join(root, 'layouts.json'), JSON.stringify(index, null, '\t'));
}
