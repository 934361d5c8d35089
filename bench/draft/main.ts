/** The benchmark page: drafts one article in the drafting worker twice (cold, then warm) and writes the figures as JSON. */
import { startDraftWorker } from '../../src/lib/draft/client';

const out = document.getElementById('out')!;
const article = (await (await fetch('./article.json')).json()) as { text: string; title: string; published: string | null };
const meta = { title: article.title, publisher: 'Benchmark', url: null, published: article.published };
const started = performance.now();
const worker = startDraftWorker();
const stages: { stage: string; at: number }[] = [];
const cold = await worker.draft(article.text, meta, (progress) => stages.push({ stage: progress.stage, at: Math.round(performance.now() - started) }));
const coldMs = performance.now() - started;
const warmStart = performance.now();
await worker.draft(article.text, meta);
const warmMs = performance.now() - warmStart;
worker.stop();
out.textContent = JSON.stringify({
	words: article.text.split(/\s+/).length,
	coldMs: Math.round(coldMs),
	warmMs: Math.round(warmMs),
	actors: cold.dataset.entities.length,
	links: cold.dataset.relations.length,
	stages
});
