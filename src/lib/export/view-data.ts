/**
 * The data of the current view, flattened into rows every export format shares:
 * one row per actor and per relation the view shows, with names instead of ids
 * where a person reads them (who asserts it, which places), the quotes' own words,
 * and the drawing's position and colours where there is one.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Entity, EntityKind, Place, Relation, RelationType, Stance } from '$lib/dataset/schema';
import { asserterName, relationSentence } from '$lib/model/describe';
import { ENTITY_STYLES, RELATION_COLOURS, STANCE_STYLES, type NodeShape } from '$lib/model/vocabulary';
import type { Visibility } from '$lib/view/filters';

export interface ActorRow {
	id: string;
	name: string;
	kind: EntityKind;
	aliases: string[];
	summary: string;
	/** Names of the places the article ties the actor to directly. */
	places: string[];
	/** The verbatim words that support the actor. */
	quotes: string[];
	/** Relations of the view it takes part in. */
	relationCount: number;
	colour: string;
	shape: NodeShape;
	/** Position in the graph's layout (y grows downwards), or null where the view has no drawing. */
	x: number | null;
	y: number | null;
}

export interface RelationRow {
	id: string;
	source: string;
	sourceName: string;
	target: string;
	targetName: string;
	type: RelationType;
	stance: Stance;
	/** Who says so: an actor's name, or “the article”. */
	assertedBy: string;
	assertedById: string | null;
	date: string | null;
	dateNote: string | null;
	directed: boolean;
	summary: string;
	/** “Haqqani Network operates jointly with al-Qaeda”. */
	sentence: string;
	places: string[];
	quotes: string[];
	colour: string;
	/** The line's width in the drawing, by stance. */
	width: number;
}

export interface PlaceRow {
	id: string;
	name: string;
	kind: Place['kind'];
	longitude: number | null;
	latitude: number | null;
	note: string | null;
	quotes: string[];
}

export interface ViewData {
	/** The dataset's id, for file names. */
	datasetId: string;
	articleTitle: string;
	publisher: string;
	url: string | null;
	published: string | null;
	/** What the view shows, in words (“Haqqani Network · funding only”). */
	description: string;
	actors: ActorRow[];
	relations: RelationRow[];
	places: PlaceRow[];
}

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

function quoteTexts(index: DatasetIndex, evidence: string[]): string[] {
	return evidence.flatMap((id) => {
		const quote = index.quote.get(id);
		return quote ? [quote.exact] : [];
	});
}

function placeNames(index: DatasetIndex, ids: string[]): string[] {
	return ids.map((id) => index.place.get(id)?.name ?? id);
}

/**
 * The rows of what the view shows: the relations the filters let through, the
 * actors and places they touch, as the graph and map show them. With no filter,
 * that is the whole dataset, actors with no relation included.
 */
export function viewData(index: DatasetIndex, seen: Visibility, description: string, positions: Positions | null = null): ViewData {
	const { dataset } = index;
	const relations = dataset.relations.filter((relation) => seen.relations.has(relation.id));
	const entities = seen.filtered ? dataset.entities.filter((entity) => seen.entities.has(entity.id)) : dataset.entities;
	const places = seen.filtered ? dataset.places.filter((place) => seen.places.has(place.id)) : dataset.places;
	const counts = new Map<string, number>();
	for (const relation of relations)
		for (const end of new Set([relation.source, relation.target])) counts.set(end, (counts.get(end) ?? 0) + 1);
	return {
		datasetId: dataset.slug,
		articleTitle: dataset.article.title,
		publisher: dataset.article.publisher,
		url: dataset.article.url,
		published: dataset.article.published,
		description,
		actors: entities.map((entity) => actorRow(index, entity, counts.get(entity.id) ?? 0, positions?.get(entity.id) ?? null)),
		relations: relations.map((relation) => relationRow(index, relation)),
		places: places.map((place) => ({
			id: place.id,
			name: place.name,
			kind: place.kind,
			longitude: place.coordinates?.[0] ?? null,
			latitude: place.coordinates?.[1] ?? null,
			note: place.note ?? null,
			quotes: quoteTexts(index, place.evidence)
		}))
	};
}

function actorRow(index: DatasetIndex, entity: Entity, relationCount: number, position: { x: number; y: number } | null): ActorRow {
	const style = ENTITY_STYLES[entity.kind];
	return {
		id: entity.id,
		name: entity.name,
		kind: entity.kind,
		aliases: entity.aliases,
		summary: entity.summary,
		places: placeNames(index, entity.places),
		quotes: quoteTexts(index, entity.evidence),
		relationCount,
		colour: style.fill,
		shape: style.shape,
		x: position ? Math.round(position.x * 10) / 10 : null,
		y: position ? Math.round(position.y * 10) / 10 : null
	};
}

function relationRow(index: DatasetIndex, relation: Relation): RelationRow {
	return {
		id: relation.id,
		source: relation.source,
		sourceName: index.entity.get(relation.source)?.name ?? relation.source,
		target: relation.target,
		targetName: index.entity.get(relation.target)?.name ?? relation.target,
		type: relation.type,
		stance: relation.stance,
		assertedBy: asserterName(index, relation),
		assertedById: relation.assertedBy,
		date: relation.date,
		dateNote: relation.dateNote ?? null,
		directed: relation.directed,
		summary: relation.summary,
		sentence: relationSentence(index, relation),
		places: placeNames(index, relation.places),
		quotes: quoteTexts(index, relation.evidence),
		colour: RELATION_COLOURS[relation.type],
		width: STANCE_STYLES[relation.stance].width
	};
}

/** Several values in one field: “Kabul; North Waziristan”. */
export function joinList(values: string[]): string {
	return values.join('; ');
}

/** Quotes in one field, each in quotation marks on a line of its own, so a quote's own semicolons stay readable. */
export function joinQuotes(quotes: string[]): string {
	return quotes.map((quote) => `“${quote}”`).join('\n');
}

/** A file name from the dataset id and, when one is presented, the slide's title: `haqqani-network-the-joint-unit`. */
export function exportFileName(datasetId: string, slideTitle?: string | null): string {
	const slug = (slideTitle ?? '')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug ? `${datasetId}-${slug}` : datasetId;
}
