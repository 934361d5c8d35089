/**
 * Merge proposals compare only the pairs of names that share something a match needs
 * (src/lib/model/merge.ts): the same proposals, in the same order, as comparing every pair,
 * without the quadratic number of name comparisons a large corpus would cost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../src/lib/dataset/schema';
import { distanceKm, matchNames, pairKey, proposeMerges, proposePlaceMerges, type ActorRecord, type MergeProposal, type PlaceRecord } from '../../src/lib/model/merge';
import { exactKey, spellingKey } from '../../src/lib/model/names';

/** Every pair compared: the rule the proposals must keep to, written out plainly. */
function everyPairActors(actors: ActorRecord[]): MergeProposal[] {
	const proposals = new Map<string, MergeProposal>();
	const rank = (strength: string) => (strength === 'strong' ? 2 : 1);
	for (let i = 0; i < actors.length; i++)
		for (let j = i + 1; j < actors.length; j++) {
			const [a, b] = [actors[i]!, actors[j]!];
			const person = a.kind === 'person';
			if (a.ref.dataset === b.ref.dataset || person !== (b.kind === 'person')) continue;
			let best: MergeProposal | null = null;
			for (const [x, nameA] of [a.name, ...a.aliases].entries())
				for (const [y, nameB] of [b.name, ...b.aliases].entries()) {
					const match = matchNames(nameA, nameB, person, x > 0 || y > 0);
					if (match && (!best || rank(match.strength) > rank(best.strength))) best = { key: pairKey(a.ref, b.ref), a: a.ref, b: b.ref, ...match, names: [nameA, nameB] };
				}
			if (best) proposals.set(best.key, best);
		}
	return [...proposals.values()];
}

function everyPairPlaces(places: PlaceRecord[], nearKm = 30): MergeProposal[] {
	const proposals: MergeProposal[] = [];
	for (let i = 0; i < places.length; i++)
		for (let j = i + 1; j < places.length; j++) {
			const [a, b] = [places[i]!, places[j]!];
			if (a.ref.dataset === b.ref.dataset) continue;
			const base = { key: pairKey(a.ref, b.ref), a: a.ref, b: b.ref, names: [a.name, b.name] as [string, string] };
			const sameBoundary = a.boundary && b.boundary && a.boundary.layer === b.boundary.layer && a.boundary.featureId === b.boundary.featureId;
			const close = a.coordinates && b.coordinates ? distanceKm(a.coordinates, b.coordinates) <= nearKm : null;
			const sameName = exactKey(a.name) === exactKey(b.name);
			const sameSpelling = spellingKey(a.name) === spellingKey(b.name);
			if (sameBoundary) proposals.push({ ...base, reason: sameName ? 'same name' : 'alias', strength: 'strong' });
			else if ((sameName || sameSpelling) && close !== false) proposals.push({ ...base, reason: sameName ? 'same name' : 'spelling variant', strength: close === true || sameName ? 'strong' : 'weak' });
		}
	return proposals;
}

/** A seeded generator (mulberry32), so every run tests the same names. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Names built to hit every rule: titles, leading articles, transliterations, acronyms, shared
// surnames, shortened given names, generic words, one-letter and empty-ish names, non-Latin script.
const GIVEN = ['Sirajuddin', 'Siraj', 'Khalil', 'Khalil al-Rahman', 'Jalaluddin', 'Badruddin', 'Anas', 'Mohammad', 'Muhammad', 'Abdul', 'Ali', 'Li', 'Иван'];
const FAMILY = ['Haqqani', 'Haqani', 'Omar', 'Umar', 'Zadran', 'Khan', 'Petrov'];
const ORGS = ['Haqqani Network', 'the Haqqani Network', 'al-Qaeda', 'al-Qa’ida', 'Al Qaida', 'Office of Foreign Assets Control', 'OFAC', 'O.F.A.C.', 'Tehrik-e-Taliban Pakistan', 'TTP', 'Taliban', 'the Taliban', 'Treasury', 'Department of the Treasury', 'the group', 'network', 'UN', 'United Nations', 'Lashkar-e-Tayyiba', 'Lashkar e Taiba', 'A', 'The'];
const TITLES = ['', '', 'Mullah ', 'Dr. ', 'Sheikh ', 'Haji '];
const PLACES = ['Kabul', 'Kaabul', 'Khost', 'Khowst', 'Miram Shah', 'Miranshah', 'North Waziristan', 'Peshawar', 'Quetta', 'Kwetta', 'Doha', 'al-Doha', 'Karachi'];

function syntheticActors(count: number, seed: number): ActorRecord[] {
	const next = random(seed);
	const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
	return Array.from({ length: count }, (_, index) => {
		const person = next() < 0.5;
		const kind: EntityKind = person ? 'person' : pick<EntityKind>(['company', 'armed group', 'government body']);
		const nameOf = () => (person ? `${pick(TITLES)}${pick(GIVEN)}${next() < 0.85 ? ` ${pick(FAMILY)}` : ''}` : pick(ORGS));
		const aliases = Array.from({ length: Math.floor(next() * 3) }, nameOf);
		return { ref: { dataset: `article-${Math.floor(next() * 6)}`, id: `actor-${index}` }, name: nameOf(), aliases, kind };
	});
}

function syntheticPlaces(count: number, seed: number): PlaceRecord[] {
	const next = random(seed);
	const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
	return Array.from({ length: count }, (_, index) => ({
		ref: { dataset: `article-${Math.floor(next() * 6)}`, id: `place-${index}` },
		name: pick(PLACES),
		coordinates: next() < 0.8 ? ([69 + next() * 2, 33 + next() * 2] as [number, number]) : null,
		...(next() < 0.3 ? { boundary: { layer: pick(['provinces', 'districts']), featureId: pick(['AF-KAB', 'AF-KHO', 'PK-NWA']) } } : {})
	}));
}

describe('merge proposals at corpus scale', () => {
	it('are the proposals of comparing every pair, in the same order, for names built to hit every rule', () => {
		for (const seed of [1, 2, 3]) {
			const actors = syntheticActors(300, seed);
			const proposals = proposeMerges(actors);
			expect(proposals.length).toBeGreaterThan(100);
			expect(proposals).toEqual(everyPairActors(actors));
			const places = syntheticPlaces(200, seed);
			const placeProposals = proposePlaceMerges(places);
			expect(placeProposals.length).toBeGreaterThan(50);
			expect(placeProposals).toEqual(everyPairPlaces(places));
		}
	});

	it('are the same for the built-in datasets’ actors and places', () => {
		const index = JSON.parse(readFileSync(new URL('../../static/datasets/index.json', import.meta.url), 'utf8')) as { datasets: { slug: string }[] };
		const datasets = index.datasets.map(({ slug }) => ({ slug, ...JSON.parse(readFileSync(new URL(`../../static/datasets/${slug}/dataset.json`, import.meta.url), 'utf8')) }));
		const actors: ActorRecord[] = datasets.flatMap((dataset) => dataset.entities.map((entity: { id: string; name: string; aliases?: string[]; kind: EntityKind }) => ({ ref: { dataset: dataset.slug, id: entity.id }, name: entity.name, aliases: entity.aliases ?? [], kind: entity.kind })));
		const places: PlaceRecord[] = datasets.flatMap((dataset) =>
			dataset.places.map((place: { id: string; name: string; coordinates?: [number, number]; boundary?: { layer: string; featureId: string } }) => ({ ref: { dataset: dataset.slug, id: place.id }, name: place.name, coordinates: place.coordinates ?? null, ...(place.boundary ? { boundary: place.boundary } : {}) }))
		);
		expect(proposeMerges(actors)).toEqual(everyPairActors(actors));
		expect(proposeMerges(actors).length).toBeGreaterThan(0);
		expect(proposePlaceMerges(places)).toEqual(everyPairPlaces(places));
	});

	it('do not compare every pair of names: 2,000 actors with distinct names compare in well under a quadratic count', () => {
		// Distinct, unrelated names: little to propose, and little the blocking should pair up.
		const actors: ActorRecord[] = Array.from({ length: 2000 }, (_, index) => ({
			ref: { dataset: `article-${index % 40}`, id: `a${index}` },
			name: `Organisation ${index.toString(36).replace(/\d/g, (digit) => 'qwxzjvkbpf'[Number(digit)]!)} Holdings ${index}`,
			aliases: [],
			kind: 'company'
		}));
		let compared = 0;
		const counting = new Proxy(actors, {
			get(target, property, receiver) {
				// Each pair the proposals look at reads both actors' `ref.dataset` first.
				if (typeof property === 'string' && /^\d+$/.test(property)) compared++;
				return Reflect.get(target, property, receiver);
			}
		});
		expect(proposeMerges(counting).length).toBeLessThan(50);
		// Every pair would be 1,999,000 pairs (about 4 million reads); the candidates here are a handful.
		expect(compared).toBeLessThan(20 * actors.length);
	});
});
