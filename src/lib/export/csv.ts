/**
 * The view as spreadsheet tables: one row per actor (nodes), one per relation
 * (edges), one per place, written by Papa Parse (well kept, RFC 4180 quoting of
 * commas, quotes and line breaks). Cells that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`) are prefixed with an apostrophe: a name is data, never code.
 * The relation's type is `relation_type`: Gephi's table import reads a `type`
 * column as directed or undirected.
 */
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { joinList, joinQuotes, type ViewData } from './view-data';

export const ACTOR_COLUMNS = ['id', 'name', 'kind', 'aliases', 'summary', 'places', 'quotes', 'relations', 'x', 'y', 'colour'] as const;
export const RELATION_COLUMNS = [
	'id',
	'source',
	'target',
	'source_name',
	'target_name',
	'relation_type',
	'stance',
	'asserted_by',
	'date',
	'date_note',
	'directed',
	'summary',
	'places',
	'quotes',
	'colour'
] as const;
export const PLACE_COLUMNS = ['id', 'name', 'kind', 'longitude', 'latitude', 'note', 'quotes'] as const;

type Cell = string | number | boolean | null;

function table(columns: readonly string[], rows: Cell[][]): string {
	return `${Papa.unparse({ fields: [...columns], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

export interface CsvTables {
	actors: string;
	relations: string;
	places: string;
}

export function toCsv(data: ViewData): CsvTables {
	return {
		actors: table(
			ACTOR_COLUMNS,
			data.actors.map((actor) => [
				actor.id,
				actor.name,
				actor.kind,
				joinList(actor.aliases),
				actor.summary,
				joinList(actor.places),
				joinQuotes(actor.quotes),
				actor.relationCount,
				actor.x,
				actor.y,
				actor.colour
			])
		),
		relations: table(
			RELATION_COLUMNS,
			data.relations.map((relation) => [
				relation.id,
				relation.source,
				relation.target,
				relation.sourceName,
				relation.targetName,
				relation.type,
				relation.stance,
				relation.assertedBy,
				relation.date,
				relation.dateNote,
				relation.directed,
				relation.summary,
				joinList(relation.places),
				joinQuotes(relation.quotes),
				relation.colour
			])
		),
		places: table(
			PLACE_COLUMNS,
			data.places.map((place) => [place.id, place.name, place.kind, place.longitude, place.latitude, place.note, joinQuotes(place.quotes)])
		)
	};
}

/** What each table holds, for the README inside the zip. */
function readme(data: ViewData, base: string): string {
	return [
		`${data.articleTitle}`,
		`${[data.publisher, data.published, data.url].filter(Boolean).join(', ')}`,
		`View: ${data.description}`,
		'Exported from Threadboard. UTF-8, comma-separated, one header row; several values in one cell are separated by "; ",',
		'quotes are each in quotation marks on a line of their own.',
		'',
		`${base}-nodes.csv: one row per actor the view shows: ${ACTOR_COLUMNS.join(', ')}.`,
		'  x and y are the actor\'s position in the graph as laid out (y grows downwards), empty where there was no drawing.',
		`${base}-edges.csv: one row per relation the view shows: ${RELATION_COLUMNS.join(', ')}.`,
		'  source and target are actor ids; asserted_by is who says so ("the article" for its own voice); stance is how the text holds it',
		'  (asserted, believed, claimed, proposed, denied); date is YYYY, YYYY-MM or YYYY-MM-DD.',
		`${base}-places.csv: the places those actors and relations touch: ${PLACE_COLUMNS.join(', ')} (WGS84).`,
		''
	].join('\r\n');
}

/** The three tables and a README as one zip, the files named after `base`. */
export function csvArchive(data: ViewData, base: string): Uint8Array {
	const tables = toCsv(data);
	return zipSync(
		{
			[`${base}-nodes.csv`]: strToU8(tables.actors),
			[`${base}-edges.csv`]: strToU8(tables.relations),
			[`${base}-places.csv`]: strToU8(tables.places),
			'README.txt': strToU8(readme(data, base))
		},
		{ level: 6 }
	);
}
