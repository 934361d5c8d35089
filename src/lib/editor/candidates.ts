/**
 * The automatic draft in the editor: taking a draft into an empty work, and grouping its
 * candidates so the analyst can accept or reject them in groups (“every asserted
 * affiliation”), most confident first. Pure.
 */
import type { DatasetJson } from '$lib/dataset/schema';
import type { Candidate, Work } from '$lib/dataset/work';
import { EditRefused } from './operations';
import { compareText } from '$lib/model/english';

/** What the drafting pipeline hands over (its CandidateInfo carries more; these fields are read). */
export interface DraftForEditor {
	dataset: DatasetJson;
	articleText: string;
	candidates: Candidate[];
}

/** Takes a draft's items into a work that has none yet; every drafted item starts as a candidate. */
export function applyDraft(work: Work, draft: DraftForEditor): Work {
	if (work.entities.length + work.places.length + work.relations.length > 0)
		throw new EditRefused('The draft is offered on an article with nothing annotated yet; this one has annotations. Undo them, or annotate by hand.');
	if (draft.articleText !== work.articleText) throw new EditRefused('The draft was made from another text than this article’s; nothing was changed.');
	const { entities, places, relations, quotes } = draft.dataset;
	const ids = new Set([...entities, ...places, ...relations].map((item) => item.id));
	const candidates = draft.candidates
		.filter((candidate) => ids.has(candidate.id))
		.map(({ id, collection, confidence, cue }) => ({ id, collection, confidence, cue }));
	return { ...work, entities, places, relations, quotes, candidates };
}

export interface CandidateGroup {
	/** Stable key, for ids and Svelte keys. */
	key: string;
	/** “Actors”, “Asserted affiliations”, “Places”. */
	label: string;
	ids: string[];
}

/**
 * Candidates in groups an analyst decides on together: actors, places, then links by
 * stance and type (“Asserted affiliation links”, “Denied cooperation links”); each most confident first.
 */
export function candidateGroups(work: Work): CandidateGroup[] {
	const confidence = new Map(work.candidates.map((candidate) => [candidate.id, candidate.confidence]));
	const byConfidence = (ids: string[]) => [...ids].sort((a, b) => (confidence.get(b) ?? 0) - (confidence.get(a) ?? 0));
	const pending = (items: { id: string }[]) => items.filter((item) => confidence.has(item.id)).map((item) => item.id);
	const groups: CandidateGroup[] = [];
	const actors = pending(work.entities);
	if (actors.length > 0) groups.push({ key: 'actors', label: 'Actors', ids: byConfidence(actors) });
	const places = pending(work.places);
	if (places.length > 0) groups.push({ key: 'places', label: 'Places', ids: byConfidence(places) });
	const links = new Map<string, { label: string; ids: string[] }>();
	for (const relation of work.relations) {
		if (!confidence.has(relation.id)) continue;
		const key = `${relation.stance}-${relation.type}`;
		const group = links.get(key) ?? { label: `${relation.stance[0]!.toUpperCase()}${relation.stance.slice(1)} ${relation.type} links`, ids: [] };
		group.ids.push(relation.id);
		links.set(key, group);
	}
	for (const [key, group] of [...links].sort(([a], [b]) => compareText(a, b))) groups.push({ key: `links-${key.replace(/\s+/g, '-')}`, label: group.label, ids: byConfidence(group.ids) });
	return groups;
}

/** Candidates at or above a confidence, for “accept every candidate above 80 %”. */
export function confidentIds(work: Work, threshold: number): string[] {
	return work.candidates.filter((candidate) => candidate.confidence >= threshold).map((candidate) => candidate.id);
}
