/**
 * Finds actors by name or alias, places by name, and quotes by their words.
 * Matching folds case, accents and typographic quotes, so “dont” finds “don’t”.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Selection } from './selection';

export type SearchResult =
	| { kind: 'entity'; id: string; label: string; detail: string; score: number }
	| { kind: 'place'; id: string; label: string; detail: string; score: number }
	| { kind: 'quote'; id: string; label: string; detail: string; score: number };

/** Lower case, no accents, straight apostrophes gone, dashes and spaces collapsed. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’'‘`]/g, '')
		.replace(/[“”"]/g, '')
		.replace(/[–—-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** 3 for a whole-text prefix, 2 for a word prefix, 1 for a substring, 0 for no match. */
function matchScore(haystack: string, needle: string): number {
	const text = normalise(haystack);
	if (text.startsWith(needle)) return 3;
	if (text.includes(` ${needle}`)) return 2;
	return text.includes(needle) ? 1 : 0;
}

/** A short window of the quote around the match, for the result list. */
function excerpt(text: string, needle: string, width = 70): string {
	const at = normalise(text).indexOf(needle);
	if (text.length <= width || at < 0) return text.length <= width ? text : `${text.slice(0, width)}…`;
	const start = Math.max(0, Math.min(at - 20, text.length - width));
	return `${start > 0 ? '…' : ''}${text.slice(start, start + width)}${start + width < text.length ? '…' : ''}`;
}

export function searchDataset(index: DatasetIndex, query: string, limit = 12): SearchResult[] {
	const needle = normalise(query);
	if (needle.length === 0) return [];
	const results: SearchResult[] = [];
	for (const entity of index.dataset.entities) {
		const score = Math.max(matchScore(entity.name, needle), ...entity.aliases.map((alias) => matchScore(alias, needle) - 0.5));
		if (score > 0) results.push({ kind: 'entity', id: entity.id, label: entity.name, detail: entity.kind, score: score + 10 });
	}
	for (const place of index.dataset.places) {
		const score = matchScore(place.name, needle);
		if (score > 0) results.push({ kind: 'place', id: place.id, label: place.name, detail: place.kind, score: score + 5 });
	}
	// Quotes overlap; list each passage once, shortest (most precise) first.
	const quotes = [...index.dataset.quotes].sort((a, b) => a.exact.length - b.exact.length);
	const seenText = new Set<string>();
	for (const quote of quotes) {
		if (seenText.has(quote.exact)) continue;
		const score = matchScore(quote.exact, needle);
		if (score === 0) continue;
		seenText.add(quote.exact);
		results.push({ kind: 'quote', id: quote.id, label: excerpt(quote.exact, needle), detail: 'quote', score });
	}
	return results.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** What choosing a result selects: the actor or place itself, or the first thing a quote supports. */
export function selectionForResult(result: SearchResult, supporters: Selection[]): Selection | null {
	if (result.kind === 'quote') return supporters.find((item) => item.kind === 'relation') ?? supporters[0] ?? null;
	return { kind: result.kind, id: result.id };
}
