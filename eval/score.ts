/**
 * Scores a draft dataset against a gold annotation (eval/gold/*.yaml). The matching
 * rules are written out in eval/README.md; this file is their one implementation,
 * used by `npm run draft:eval` and by the regression-floor unit test.
 */
import { parse as parseYaml } from 'yaml';
import type { DatasetJson, Quote } from '../src/lib/dataset/schema';
import { variantKey } from '../src/lib/draft/names';

export interface GoldActor {
	name: string;
	aliases?: string[];
	kind: string;
}
export interface GoldPlace {
	name: string;
	aliases?: string[];
	kind: 'country' | 'province' | 'district' | 'city' | 'site';
	coordinates: [number, number] | null;
	required: boolean;
}
export interface GoldLink {
	source: string;
	target: string;
	type: string;
	stance: string;
	asserter: string | null;
	date: string | number | null;
	evidence: string[];
}
export interface Gold {
	article: string;
	title: string;
	publisher: string;
	published: string | null;
	actors: GoldActor[];
	places: GoldPlace[];
	links: GoldLink[];
}

export function parseGold(yamlText: string): Gold {
	const gold = parseYaml(yamlText) as Gold;
	gold.published = gold.published === null || gold.published === undefined ? null : String(gold.published);
	for (const link of gold.links) link.date = link.date === null || link.date === undefined ? null : String(link.date);
	return gold;
}

/** Tolerance for “within tolerance”, by the gold place's kind, in kilometres. */
export const TOLERANCE_KM: Record<GoldPlace['kind'], number> = { country: 500, province: 150, district: 75, city: 25, site: 25 };

export interface Score {
	actors: { gold: number; drafted: number; found: number; correct: number; kindsRight: number };
	places: { required: number; withinTolerance: number; missed: string[] };
	links: {
		gold: number;
		drafted: number;
		foundWithEvidence: number;
		pairCorrect: number;
		typesRight: number;
		stancesRight: number;
		hedgedAsAsserted: number;
		missed: string[];
	};
	quotes: { total: number; notVerbatim: number };
}

/** Folds quotes, dashes and whitespace so a gold snippet is found whatever the importer did; keeps a map to the original offsets. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
	let folded = '';
	const map: number[] = [];
	let lastSpace = false;
	for (let at = 0; at < text.length; at++) {
		let char = text[at]!;
		if (/\s/.test(char)) {
			if (lastSpace) continue;
			char = ' ';
			lastSpace = true;
		} else lastSpace = false;
		char = char.replace(/[’‘ʼ`]/, "'").replace(/[“”]/, '"').replace(/[–—‐‑]/, '-');
		folded += char.toLowerCase();
		map.push(at);
	}
	return { folded, map };
}

export function locateSnippets(text: string, snippets: string[]): { start: number; end: number }[] {
	const { folded, map } = foldWithMap(text);
	const spans: { start: number; end: number }[] = [];
	for (const snippet of snippets) {
		const needle = foldWithMap(snippet.trim()).folded;
		for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1))
			spans.push({ start: map[at]!, end: map[at + needle.length - 1]! + 1 });
	}
	return spans;
}

function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 6371 * 2 * Math.asin(Math.sqrt(a));
}

const namesOf = (item: { name: string; aliases?: string[] }) => [item.name, ...(item.aliases ?? [])].map(variantKey);

export function scoreDraft(gold: Gold, draft: DatasetJson, text: string): Score {
	// Actors: a drafted actor matches the gold actor that shares a name or alias (spelling variants folded).
	const goldOf = new Map<string, number>();
	const matchedGold = new Set<number>();
	let correct = 0;
	let kindsRight = 0;
	for (const entity of draft.entities) {
		const keys = new Set(namesOf(entity));
		const index = gold.actors.findIndex((actor) => namesOf(actor).some((key) => keys.has(key)));
		if (index < 0) continue;
		goldOf.set(entity.id, index);
		if (matchedGold.has(index)) continue; // a duplicate of an actor already drafted counts as wrong
		matchedGold.add(index);
		correct++;
		if (gold.actors[index]!.kind === entity.kind) kindsRight++;
	}

	// Places: a required gold place is found when a drafted place has its name and lies within tolerance.
	const required = gold.places.filter((place) => place.required && place.coordinates);
	const missedPlaces: string[] = [];
	let within = 0;
	for (const place of required) {
		const keys = new Set(namesOf(place));
		const hit = draft.places.find(
			(candidate) => keys.has(variantKey(candidate.name)) && candidate.coordinates && distanceKm(candidate.coordinates, place.coordinates!) <= TOLERANCE_KM[place.kind]
		);
		if (hit) within++;
		else missedPlaces.push(place.name);
	}

	// Links.
	const quotes = new Map<string, Quote>(draft.quotes.map((quote) => [quote.id, quote]));
	const goldIndex = new Map(gold.actors.map((actor, index) => [actor.name, index]));
	const pairKey = (a: number, b: number) => (a < b ? `${a}~${b}` : `${b}~${a}`);
	const goldLinks = gold.links.map((link) => ({
		link,
		pair: pairKey(goldIndex.get(link.source)!, goldIndex.get(link.target)!),
		spans: locateSnippets(text, link.evidence)
	}));
	const goldPairs = new Set(goldLinks.map((item) => item.pair));
	const drafted = draft.relations.map((relation) => {
		const a = goldOf.get(relation.source);
		const b = goldOf.get(relation.target);
		return {
			relation,
			pair: a === undefined || b === undefined ? null : pairKey(a, b),
			spans: relation.evidence.map((id) => quotes.get(id)).filter((quote): quote is Quote => !!quote)
		};
	});
	const overlaps = (a: { start: number; end: number }[], b: { start: number; end: number }[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
	let found = 0;
	let typesRight = 0;
	let stancesRight = 0;
	let hedgedAsAsserted = 0;
	const missed: string[] = [];
	for (const item of goldLinks) {
		const matches = drafted.filter((candidate) => candidate.pair === item.pair && overlaps(candidate.spans, item.spans));
		if (matches.length === 0) {
			missed.push(`${item.link.source} → ${item.link.target} (${item.link.type})`);
			continue;
		}
		found++;
		const best = matches.find((candidate) => candidate.relation.type === item.link.type) ?? matches[0]!;
		if (best.relation.type === item.link.type) typesRight++;
		if (best.relation.stance === item.link.stance) stancesRight++;
		if (item.link.stance !== 'asserted') {
			const assertedDraft = matches.filter((candidate) => candidate.relation.stance === 'asserted');
			const excused = assertedDraft.every((candidate) =>
				goldLinks.some((other) => other.link.stance === 'asserted' && other.pair === candidate.pair && other.link.type === candidate.relation.type && overlaps(candidate.spans, other.spans))
			);
			if (assertedDraft.length > 0 && !excused) hedgedAsAsserted++;
		}
	}
	const pairCorrect = drafted.filter((candidate) => candidate.pair !== null && goldPairs.has(candidate.pair)).length;
	const notVerbatim = draft.quotes.filter((quote) => text.slice(quote.start, quote.end) !== quote.exact).length;
	return {
		actors: { gold: gold.actors.length, drafted: draft.entities.length, found: matchedGold.size, correct, kindsRight },
		places: { required: required.length, withinTolerance: within, missed: missedPlaces },
		links: { gold: gold.links.length, drafted: draft.relations.length, foundWithEvidence: found, pairCorrect, typesRight, stancesRight, hedgedAsAsserted, missed },
		quotes: { total: draft.quotes.length, notVerbatim }
	};
}

/** Sums scores (micro-average: every item counts once, whatever its article). */
export function addScores(scores: Score[]): Score {
	const total: Score = {
		actors: { gold: 0, drafted: 0, found: 0, correct: 0, kindsRight: 0 },
		places: { required: 0, withinTolerance: 0, missed: [] },
		links: { gold: 0, drafted: 0, foundWithEvidence: 0, pairCorrect: 0, typesRight: 0, stancesRight: 0, hedgedAsAsserted: 0, missed: [] },
		quotes: { total: 0, notVerbatim: 0 }
	};
	for (const score of scores) {
		for (const key of Object.keys(total.actors) as (keyof Score['actors'])[]) total.actors[key] += score.actors[key];
		total.places.required += score.places.required;
		total.places.withinTolerance += score.places.withinTolerance;
		for (const key of ['gold', 'drafted', 'foundWithEvidence', 'pairCorrect', 'typesRight', 'stancesRight', 'hedgedAsAsserted'] as const) total.links[key] += score.links[key];
		total.quotes.total += score.quotes.total;
		total.quotes.notVerbatim += score.quotes.notVerbatim;
	}
	return total;
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** The figures the issue's targets name, as fractions. */
export function headline(score: Score) {
	return {
		actorRecall: ratio(score.actors.found, score.actors.gold),
		actorPrecision: ratio(score.actors.correct, score.actors.drafted),
		placesWithinTolerance: ratio(score.places.withinTolerance, score.places.required),
		linksFoundWithEvidence: ratio(score.links.foundWithEvidence, score.links.gold),
		pairPrecision: ratio(score.links.pairCorrect, score.links.drafted),
		typesRight: ratio(score.links.typesRight, score.links.foundWithEvidence),
		stancesRight: ratio(score.links.stancesRight, score.links.foundWithEvidence),
		hedgedAsAsserted: score.links.hedgedAsAsserted
	};
}
