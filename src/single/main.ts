/**
 * Entry of the single-file briefing (vite.single.config.ts): reads the inlined
 * dataset through the app's own loaders (or the dataset or corpus a downloaded
 * briefing carries, through the same validation as an import), exposes any
 * embedded slide deck, and mounts the app. Makes no network request.
 */
import '../app.css';
import { mount } from 'svelte';
import { files } from 'virtual:threadboard-embedded';
import { corpusNotices, parseCorpusJson } from '$lib/briefing/corpus-bundle';
import { EMBEDDED_CORPUS_ID, EMBEDDED_DATASET_ID } from '$lib/briefing/slide-types';
import { parseBundle } from '$lib/dataset/bundle';
import { loadDataset, loadDatasetIndex } from '$lib/dataset/load';
import type { ValidationResult } from '$lib/dataset/validate';
import { embeddedFetch, embeddedSlides, embeddedTopology, type CarriedCorpusView } from './embedded-data';
import SingleApp from './SingleApp.svelte';

async function start(target: HTMLElement): Promise<void> {
	// As src/routes/+page.ts: the index, then its first dataset, validated the same way.
	const fetchEmbedded = embeddedFetch(files);
	// A briefing made from one of the user's own datasets carries it as a bundle, read through the same validation.
	const carried = document.getElementById(EMBEDDED_DATASET_ID)?.textContent ?? null;
	// A corpus's briefing carries every member, its title and its merge decisions.
	const carriedCorpus = document.getElementById(EMBEDDED_CORPUS_ID)?.textContent ?? null;
	let slug: string | null;
	let result: ValidationResult;
	let corpus: CarriedCorpusView | undefined;
	if (carriedCorpus !== null) {
		const read = parseCorpusJson(carriedCorpus);
		slug = read.ok ? read.corpus.id : null;
		// Refused as a whole, its problems are shown in place of the workspace; either way `result` goes unused.
		corpus = read.ok ? { ok: true, carried: read.corpus, ...corpusNotices(read) } : { ok: false, problems: read.problems, members: read.leftOut };
		result = { ok: false, problems: [], warnings: [] };
	} else if (carried !== null) {
		result = parseBundle(carried);
		slug = result.ok ? result.dataset.slug : null;
	} else {
		const index = await loadDatasetIndex(fetchEmbedded);
		slug = index.ok ? index.index.datasets[0]!.slug : null;
		result = index.ok ? await loadDataset(fetchEmbedded, slug!) : { ok: false, problems: index.problems, warnings: [] };
	}

	// A downloaded briefing carries its deck; one made for another dataset is refused.
	const slides = embeddedSlides(document);
	if (slides && slides.dataset !== slug)
		console.warn(`The embedded slides are for the dataset “${slides.dataset}”, not “${slug ?? 'unknown'}”; they are not shown.`);
	window.__threadboardEmbeddedSlides = slides && slides.dataset === slug ? slides : null;

	mount(SingleApp, {
		target,
		props: {
			slug,
			result,
			loadTopology: embeddedTopology(files),
			initialSlides: window.__threadboardEmbeddedSlides?.slides,
			// Changes made here are saved under this briefing's own id, never shared with another briefing file.
			deckId: window.__threadboardEmbeddedSlides?.deckId,
			corpus
		}
	});
}

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount into.');
void start(target);
