/**
 * Places: the gazetteer's reading of the names the mention stage set apart, and of
 * country names. The region's places come first; a country named right after a place
 * (“Kandahar, Afghanistan”) wins; no place is made from a name taken by an actor.
 */
import type { Gazetteer, GazetteerPlace } from '../gazetteer/gazetteer';
import type { PlaceMention } from './mentions';
import { nameKey, variantKey } from './names';
import type { DraftActor, DraftPlace, Span } from './types';

function slug(name: string): string {
	return nameKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'place';
}

export function findPlaces(text: string, placeMentions: PlaceMention[], actors: DraftActor[], gazetteer: Gazetteer): DraftPlace[] {
	const actorNames = new Set(
		actors.filter((actor) => actor.kind !== 'country').flatMap((actor) => [actor.name, ...actor.aliases].map(variantKey))
	);
	const countryMentions: PlaceMention[] = actors
		.filter((actor) => actor.kind === 'country')
		.flatMap((actor) => actor.mentions.map((mention) => ({ start: mention.start, end: mention.end, text: mention.text, cue: 'country name', kindHint: 'country' as const })));
	const all = [...placeMentions, ...countryMentions].sort((a, b) => a.start - b.start);
	const places = new Map<GazetteerPlace, DraftPlace>();
	for (const mention of all) {
		if (actorNames.has(variantKey(mention.text))) continue;
		if (mention.kindHint === 'country' && /^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$/.test(mention.text)) continue; // "U.S.": an adjective here
		const suffix = /\s+(Province|Provinces|District|Districts|City|Village|Agency|Region|Area)$/i.exec(mention.text);
		const bare = suffix ? mention.text.slice(0, suffix.index) : mention.text;
		const kindHint = mention.kindHint ?? (suffix ? (/^Province/i.test(suffix[1]!) ? 'province' : /^(District|Agency)/i.test(suffix[1]!) ? 'district' : /^(City|Village)/i.test(suffix[1]!) ? 'city' : undefined) : undefined);
		let candidates = gazetteer.lookup(bare, kindHint ? { kind: kindHint } : undefined);
		if (candidates.length === 0 && suffix) candidates = gazetteer.lookup(mention.text);
		if (candidates.length === 0) continue;
		// A bare name that is both a region and a sizeable town is the town ("Kabul", "Peshawar").
		if (!kindHint && candidates[0]!.kind !== 'city' && candidates[0]!.kind !== 'country') {
			const town = candidates.find((place) => place.kind === 'city' && place.population >= 50_000 && place.country === candidates[0]!.country);
			if (town) candidates = [town, ...candidates.filter((place) => place !== town)];
		}
		if (mention.countryHint) {
			const country = gazetteer.lookup(mention.countryHint, { kind: 'country' })[0];
			const code = country ? codeOf(country, gazetteer) : null;
			if (code) candidates = [...candidates].sort((a, b) => Number(b.country === code) - Number(a.country === code));
		}
		const best = candidates[0]!;
		const known = places.get(best);
		if (known) {
			known.mentions.push(mention);
			continue;
		}
		const ambiguous = candidates.length > 1 && candidates[1]!.country !== best.country;
		let id = slug(best.name);
		for (let n = 2; [...places.values()].some((place) => place.id === id); n++) id = `${slug(best.name)}-${n}`;
		places.set(best, {
			id,
			// The article's own spelling; the gazetteer's is in the note.
			name: mention.text.replace(/^the\s+/i, ''),
			kind: best.kind,
			coordinates: best.coordinates,
			...(best.boundary ? { boundary: best.boundary } : {}),
			mentions: [mention],
			confidence: ambiguous ? 0.6 : 0.85,
			cue: `${mention.cue}: GeoNames ${best.kind}${best.country ? ` in ${best.country}` : ''}${ambiguous ? `, first of ${candidates.length} candidates` : ''}`,
			note: `Coordinates from the offline gazetteer (GeoNames): ${best.name}${best.country ? `, ${best.country}` : ''}.`
		});
	}
	return [...places.values()];
}

/** The alpha-2 code of a gazetteer country, read from the region's towns that lie in it. */
function codeOf(country: GazetteerPlace, gazetteer: Gazetteer): string | null {
	const codes: Record<string, string> = { Afghanistan: 'AF', Pakistan: 'PK' };
	if (codes[country.name]) return codes[country.name]!;
	const capital = gazetteer.search(country.name, 3).find((place) => place.kind === 'city');
	return capital?.country ?? null;
}

/** The places whose mentions fall inside a span: a relation's places. */
export function placesWithin(places: DraftPlace[], span: Span): string[] {
	return places.filter((place) => place.kind !== 'country' && place.mentions.some((mention) => span.start <= mention.start && mention.end <= span.end)).map((place) => place.id);
}
