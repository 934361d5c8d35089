/**
 * Seeded synthetic datasets for the benchmark: N actors, about two relations started
 * by each (so four ends per actor on average, with a few hubs), every actor, relation
 * and place backed by a verbatim quote of a generated article. Valid per the validator;
 * the same size and seed always give the same files.
 */
import { ENTITY_KINDS, RELATION_TYPES, STANCES, type DatasetJson, type Entity, type Place, type Quote, type Relation } from '../src/lib/dataset/schema';

export interface SyntheticFiles {
	dataset: DatasetJson;
	articleText: string;
}

/** mulberry32: small, fast, and the same on every machine. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = ['ka', 'ren', 'dor', 'mi', 'sal', 'ta', 'vel', 'qu', 'ari', 'bon', 'zen', 'lo', 'har', 'ni', 'mar', 'es', 'tul', 'gha', 'rim', 'sha'];
const SUFFIXES: Record<(typeof ENTITY_KINDS)[number], string[]> = {
	'armed group': ['Front', 'Brigade', 'Movement', 'Network'],
	'government body': ['Ministry', 'Council', 'Office'],
	'security force': ['Police', 'Guard', 'Intelligence Directorate'],
	document: ['Report', 'Memorandum'],
	person: ['the commander', 'the envoy', 'the financier'],
	country: ['Republic'],
	community: ['tribe', 'community'],
	'media outlet': ['Times', 'Radio'],
	company: ['Trading Company', 'Logistics'],
	charity: ['Relief Trust', 'Foundation'],
	'financial institution': ['Exchange', 'Bank'],
	'international organisation': ['Monitoring Team', 'Union']
};
const VERBS: Record<(typeof RELATION_TYPES)[number], string> = {
	affiliation: 'is part of',
	cooperation: 'works with',
	'joint operation': 'formed a joint unit with',
	funding: 'funds',
	'advice and guidance': 'advises',
	protection: 'shelters',
	backing: 'backs',
	'ideological sympathy': 'shares the beliefs of',
	attack: 'attacked',
	arrest: 'arrested members of',
	agreement: 'signed a deal with',
	review: 'reviews',
	founding: 'founded',
	authorship: 'wrote',
	reporting: 'briefed',
	sanction: 'sanctioned',
	'family tie': 'is related to'
};
const STANCE_WEIGHTS: Record<(typeof STANCES)[number], number> = { asserted: 0.6, believed: 0.15, claimed: 0.12, proposed: 0.08, denied: 0.05 };

function pick<T>(items: readonly T[], next: () => number): T {
	return items[Math.floor(next() * items.length)]!;
}

function capitalise(word: string): string {
	return word[0]!.toUpperCase() + word.slice(1);
}

/** Builds the article sentence by sentence and remembers where each quoted sentence lies. */
class ArticleWriter {
	private parts: string[] = [];
	private length = 0;
	private sentencesInParagraph = 0;
	readonly quotes: Quote[] = [];
	private spans: { id: string; start: number; end: number }[] = [];

	sentence(id: string, text: string): string {
		if (this.length > 0) {
			const gap = this.sentencesInParagraph >= 5 ? '\n\n' : ' ';
			if (gap === '\n\n') this.sentencesInParagraph = 0;
			this.parts.push(gap);
			this.length += gap.length;
		}
		this.spans.push({ id, start: this.length, end: this.length + text.length });
		this.parts.push(text);
		this.length += text.length;
		this.sentencesInParagraph++;
		return id;
	}

	finish(): string {
		const text = this.parts.join('') + '\n';
		for (const { id, start, end } of this.spans)
			this.quotes.push({
				id,
				start,
				end,
				exact: text.slice(start, end),
				prefix: text.slice(Math.max(0, start - 32), start),
				suffix: text.slice(end, end + 32)
			});
		return text;
	}
}

/** `relationsPerActor`: each actor starts about that many relations (2 in the benchmark's datasets). */
export function syntheticDataset(actors: number, seed = 12, relationsPerActor = 2): SyntheticFiles {
	const next = random(seed * 7919 + actors);
	const writer = new ArticleWriter();
	const title = `A synthetic network of ${actors.toLocaleString('en')} actors`;
	writer.sentence('q-title', title);

	const places: Place[] = Array.from({ length: Math.min(24, Math.max(4, Math.round(actors / 40))) }, (_, index) => {
		const name = capitalise(pick(SYLLABLES, next) + pick(SYLLABLES, next) + pick(SYLLABLES, next)) + ` ${index + 1}`;
		const id = `place-${index + 1}`;
		const evidence = [writer.sentence(`q-${id}`, `Much of the activity centres on ${name}.`)];
		// Inside the map's region (Afghanistan, Pakistan and their neighbours).
		const coordinates: [number, number] = [Math.round((61 + next() * 13) * 1000) / 1000, Math.round((26 + next() * 11) * 1000) / 1000];
		return { id, name, kind: pick(['city', 'district', 'province', 'site'] as const, next), coordinates, evidence };
	});

	const usedNames = new Set<string>();
	const entities: Entity[] = Array.from({ length: actors }, (_, index) => {
		const kind = pick(ENTITY_KINDS, next);
		const syllables = 2 + Math.floor(next() * 3);
		const stem = capitalise(Array.from({ length: syllables }, () => pick(SYLLABLES, next)).join(''));
		let name = `${stem} ${pick(SUFFIXES[kind], next)}`;
		if (usedNames.has(name)) name = `${name} ${index + 1}`;
		usedNames.add(name);
		const id = `actor-${index + 1}`;
		const home = next() < 0.3 ? pick(places, next) : null;
		const text = `${name} is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}${home ? ` based in ${home.name}` : ''}.`;
		const quote = writer.sentence(`q-${id}`, text);
		if (home) home.evidence.push(quote);
		return {
			id,
			name,
			aliases: [],
			kind,
			summary: `${/^[aeiou]/.test(kind) ? 'An' : 'A'} ${kind} in the synthetic benchmark network.`,
			plural: false,
			places: home ? [home.id] : [],
			evidence: [quote]
		};
	});

	// Each actor starts about two relations: one to an earlier actor picked by degree
	// (so hubs grow, as in real networks), one to anyone.
	const degree = new Array<number>(actors).fill(0);
	const ends: number[] = [];
	const relations: Relation[] = [];
	const seenPairs = new Set<string>();
	const stances = Object.entries(STANCE_WEIGHTS) as [(typeof STANCES)[number], number][];
	const documents = entities.filter((entity) => entity.kind === 'document');
	function relate(from: number, to: number) {
		if (from === to) return;
		const key = from < to ? `${from}:${to}` : `${to}:${from}`;
		if (seenPairs.has(key) && next() < 0.8) return;
		seenPairs.add(key);
		const source = entities[from]!;
		const target = entities[to]!;
		const type = pick(RELATION_TYPES, next);
		let roll = next();
		const stance = stances.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'asserted';
		const asserter = documents.length > 0 && next() < 0.15 ? pick(documents, next) : null;
		const assertedBy = asserter && asserter.id !== source.id && asserter.id !== target.id ? asserter : null;
		const id = `relation-${relations.length + 1}`;
		const said = stance === 'denied' ? 'denies that' : stance === 'claimed' ? 'claims that' : stance === 'believed' ? 'believes that' : 'says';
		const text = assertedBy
			? `${assertedBy.name} ${said} ${source.name} ${VERBS[type]} ${target.name}.`
			: stance === 'proposed'
				? `Talks on whether ${source.name} ${VERBS[type]} ${target.name} go on.`
				: `${source.name} ${VERBS[type]} ${target.name}.`;
		const year = 2000 + Math.floor(next() * 22);
		const month = 1 + Math.floor(next() * 12);
		const place = next() < 0.2 ? pick(places, next) : null;
		const quote = writer.sentence(`q-${id}`, text);
		if (place) place.evidence.push(quote);
		relations.push({
			id,
			source: source.id,
			target: target.id,
			type,
			directed: next() < 0.7,
			stance,
			assertedBy: assertedBy?.id ?? null,
			date: next() < 0.5 ? `${year}-${String(month).padStart(2, '0')}` : null,
			places: place ? [place.id] : [],
			summary: `${source.name} ${VERBS[type]} ${target.name}.`,
			evidence: [quote]
		});
		degree[from]!++;
		degree[to]!++;
		ends.push(from, to);
	}
	for (let index = 1; index < actors; index++) {
		const earlier = ends.length > 0 && next() < 0.7 ? ends[Math.floor(next() * ends.length)]! : Math.floor(next() * index);
		relate(index, earlier);
		for (let more = 1; more < relationsPerActor; more++) relate(index, Math.floor(next() * actors));
	}

	const articleText = writer.finish();
	return {
		dataset: {
			article: { title, publisher: 'Threadboard benchmark', url: null, published: null, note: `Generated by bench/synthetic.ts (seed ${seed}); not a real article.` },
			entities,
			places,
			relations,
			quotes: writer.quotes
		},
		articleText
	};
}
