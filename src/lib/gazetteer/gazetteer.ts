/**
 * The offline gazetteer: GeoNames-derived places with alternate spellings, looked up
 * by name (drafting) or by typed prefix (the editor's place search). Pure: the data
 * is passed in; `loadGazetteer` fetches it lazily so it never weighs on a first page.
 */
import type { PlaceKind } from '../dataset/schema';
import { compareText } from '../model/english';

export interface GazetteerPlace {
	name: string;
	aliases: string[];
	kind: PlaceKind;
	/** ISO 3166 alpha-2 for cities and regions; empty for countries. */
	country: string;
	coordinates: [number, number];
	population: number;
	/** The map feature that draws this place, where the map has one. */
	boundary?: { layer: string; featureId: string };
}

export interface GazetteerData {
	licence: string;
	columns: string[];
	rows: (string | number)[][];
}

/** Countries whose places come first: this product's region. Any country still works. */
export const HOME_REGION = ['AF', 'PK'];
const HOME_COUNTRY_NAMES = new Set(['Afghanistan', 'Pakistan']);

/** A name folded for comparison: no accents, case, apostrophes or hyphens. */
export function placeKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘`ʿʾ.]/g, '')
		.replace(/[-‐‑–—_/]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A looser key for transliteration variants (Baluchistan/Balochistan, Paktia/Paktiya):
 * consonants only, q read as k, doubled letters collapsed. Used only within the home region.
 */
export function spellingSkeleton(name: string): string {
	const key = placeKey(name).replace(/\s/g, '');
	if (!key) return '';
	const rest = key
		.slice(1)
		.replace(/q/g, 'k')
		.replace(/[aeiouyw]/g, '')
		.replace(/(.)\1+/g, '$1');
	return key[0]!.replace('q', 'k') + rest;
}

export interface Gazetteer {
	/** Every place whose name or alternate name is this name, best first. */
	lookup(name: string, options?: { kind?: PlaceKind }): GazetteerPlace[];
	/** Places whose name or an alternate name starts with the typed text, best first. */
	search(prefix: string, limit?: number): GazetteerPlace[];
	readonly size: number;
	readonly licence: string;
}

const KIND_ORDER: Record<PlaceKind, number> = { country: 0, province: 1, district: 2, city: 3, site: 4 };

function isHome(place: GazetteerPlace): boolean {
	return HOME_REGION.includes(place.country) || HOME_COUNTRY_NAMES.has(place.name);
}

/** Home region first, then countries and regions before towns, then the bigger town. */
export function comparePlaces(a: GazetteerPlace, b: GazetteerPlace): number {
	return (
		Number(isHome(b)) - Number(isHome(a)) ||
		KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
		b.population - a.population ||
		compareText(a.name, b.name)
	);
}

function placeFromRow(row: (string | number)[]): GazetteerPlace {
	const [name, aliases, kind, country, lon, lat, population, boundary] = row as [string, string, PlaceKind, string, number, number, number, string?, string?];
	const place: GazetteerPlace = {
		name,
		aliases: aliases ? aliases.split('|') : [],
		kind,
		country,
		coordinates: [lon, lat],
		population
	};
	if (boundary) {
		const at = boundary.indexOf(':');
		place.boundary = { layer: boundary.slice(0, at), featureId: boundary.slice(at + 1) };
	}
	return place;
}

export function createGazetteer(data: GazetteerData): Gazetteer {
	const places = data.rows.map(placeFromRow);
	// Name keys come folded from the build (column "keys"); older data is folded here.
	const keysColumn = data.columns.indexOf('keys');
	const byKey = new Map<string, GazetteerPlace[]>();
	const add = <K>(map: Map<K, GazetteerPlace[]>, key: K, place: GazetteerPlace) => {
		const list = map.get(key);
		if (!list) map.set(key, [place]);
		else if (!list.includes(place)) list.push(place);
	};
	const keysOf = places.map((place, index) => {
		const stored = keysColumn >= 0 ? data.rows[index]![keysColumn] : undefined;
		const keys =
			typeof stored === 'string' && stored !== ''
				? stored.split('|')
				: keysColumn >= 0
					? [place.name, ...place.aliases].map((name) => name.toLowerCase())
					: [place.name, ...place.aliases].map(placeKey);
		return keys.filter((key) => key.replace(/\s/g, '').length >= 3); // never a place from a two-letter token
	});
	places.forEach((place, index) => {
		for (const key of keysOf[index]!) add(byKey, key, place);
	});
	for (const list of byKey.values()) list.sort(comparePlaces);

	// Built on first need: the skeleton index for spelling variants, the sorted names for prefix search.
	let bySkeleton: Map<string, GazetteerPlace[]> | null = null;
	const skeletons = () => {
		if (bySkeleton) return bySkeleton;
		bySkeleton = new Map();
		for (const place of places) {
			if (!isHome(place) || (place.kind === 'city' && place.population < 50_000)) continue;
			for (const name of [place.name, ...place.aliases]) if (placeKey(name).replace(/\s/g, '').length >= 3) add(bySkeleton, spellingSkeleton(name), place);
		}
		for (const list of bySkeleton.values()) list.sort(comparePlaces);
		return bySkeleton;
	};
	let names: { key: string; place: GazetteerPlace }[] | null = null;
	const sortedNames = () => {
		if (names) return names;
		names = places.flatMap((place, index) => keysOf[index]!.map((key) => ({ key, place })));
		names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		return names;
	};

	return {
		size: places.length,
		licence: data.licence,
		lookup(name, options) {
			const key = placeKey(name);
			let found = byKey.get(key) ?? [];
			if (found.length === 0) {
				const skeleton = spellingSkeleton(name);
				if (skeleton.length >= 4) found = skeletons().get(skeleton) ?? [];
			}
			if (options?.kind) {
				const kind = options.kind;
				const ofKind = found.filter((place) => place.kind === kind);
				if (ofKind.length > 0) return ofKind;
			}
			return found;
		},
		search(prefix, limit = 10) {
			const key = placeKey(prefix);
			if (!key) return [];
			const list = sortedNames();
			// Binary search for the first name at or after the prefix, then walk while it matches.
			let low = 0;
			let high = list.length;
			while (low < high) {
				const mid = (low + high) >> 1;
				if (list[mid]!.key < key) low = mid + 1;
				else high = mid;
			}
			const seen = new Set<GazetteerPlace>();
			for (let at = low; at < list.length && list[at]!.key.startsWith(key); at++) seen.add(list[at]!.place);
			return [...seen].sort(comparePlaces).slice(0, limit);
		}
	};
}

let loading: Promise<Gazetteer> | null = null;

/** Loads the gazetteer data once (a separate chunk, fetched only when drafting or searching places). */
export function loadGazetteer(): Promise<Gazetteer> {
	loading ??= import('./data/places.json').then((module) => createGazetteer((module.default ?? module) as GazetteerData));
	return loading;
}
