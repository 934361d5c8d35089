/**
 * The one definition of a Threadboard dataset. The TypeScript types below are
 * inferred from these Valibot schemas, so the app, the `validate` command and
 * the tests cannot disagree about what a dataset is.
 */
import * as v from 'valibot';
import { isWebUrl, unsafeNameProblem, unsafeTextProblem } from './text-checks';
import { groupDigits } from '$lib/model/english';

export * from './schema-values';
import { ID_PATTERN, MAX_ID_LENGTH, LIMITS, PARTIAL_DATE_PATTERN, ENTITY_KINDS, RELATION_TYPES, STANCES, PLACE_KINDS, isCalendarDate } from './schema-values';

const atMost = (limit: number, what = 'characters') => `must be at most ${groupDigits(limit)} ${what}`;
/** A list capped at `limit` items. */
const listOf = <T extends v.GenericSchema>(item: T, limit: number) =>
	v.pipe(v.array(item), v.maxLength(limit, atMost(limit, 'items')));

const Id = v.pipe(
	v.string(),
	v.maxLength(MAX_ID_LENGTH, (issue) => `${atMost(MAX_ID_LENGTH)} (this one has ${String(issue.input).length})`),
	v.regex(ID_PATTERN, 'must be lower-case words joined by hyphens, like "al-qaeda"')
);
const NonEmptyText = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** Refuses the text `problemOf` finds a problem in, with that problem as the message. */
const refuse = (problemOf: (text: string) => string | null) =>
	v.check<string, (issue: v.CheckIssue<string>) => string>(
		(text) => problemOf(text) === null,
		(issue) => problemOf(issue.input) ?? 'is not allowed'
	);
/** Names, aliases, titles: one line that shows what it says. */
const Name = v.pipe(NonEmptyText, v.maxLength(LIMITS.nameLength, atMost(LIMITS.nameLength)), refuse(unsafeNameProblem));
/** Summaries: one line of prose. */
const Summary = v.pipe(NonEmptyText, v.maxLength(LIMITS.textLength, atMost(LIMITS.textLength)), refuse(unsafeTextProblem));
/** Notes may run over several lines. */
const Note = v.pipe(
	v.string(),
	v.maxLength(LIMITS.textLength, atMost(LIMITS.textLength)),
	refuse((text) => unsafeTextProblem(text, 'paragraph'))
);
const Evidence = v.pipe(
	listOf(Id, LIMITS.references),
	v.minLength(1, 'needs at least one quote: every claim must be backed by the article')
);
/** The article's address may be shown as a link, so only the web's own schemes. */
const WebUrl = v.pipe(
	v.string(),
	v.maxLength(LIMITS.urlLength, atMost(LIMITS.urlLength)),
	v.url('must be a URL or null'),
	v.check(
		(url) => !URL.canParse(url) || isWebUrl(url),
		(issue) => `must be an http or https address, not ${new URL(String(issue.input)).protocol}`
	)
);

const PartialDate = v.pipe(
	v.string(),
	v.regex(PARTIAL_DATE_PATTERN, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
	v.check(isCalendarDate, (issue) => `"${String(issue.input)}" is not a real calendar date`)
);

export const ArticleSchema = v.object({
	title: Name,
	publisher: Name,
	url: v.nullable(WebUrl),
	published: v.nullable(PartialDate),
	/** Where the dataset's article text came from and what was removed from it. */
	note: v.optional(Note)
});

export const EntitySchema = v.object({
	id: Id,
	name: Name,
	aliases: listOf(Name, LIMITS.aliases),
	kind: v.picklist(ENTITY_KINDS, `must be one of: ${ENTITY_KINDS.join(', ')}`),
	summary: Summary,
	/** True for names that take a plural verb (“Afghan security forces arrest …”). */
	plural: v.optional(v.boolean(), false),
	/** Places the article ties the actor to directly (a base, a safe haven), apart from its relations. */
	places: v.optional(listOf(Id, LIMITS.references), []),
	evidence: Evidence
});

const Longitude = v.pipe(
	v.number(),
	v.minValue(-180, 'longitude must be at least -180'),
	v.maxValue(180, 'longitude must be at most 180')
);
const Latitude = v.pipe(
	v.number(),
	v.minValue(-90, 'latitude must be at least -90'),
	v.maxValue(90, 'latitude must be at most 90')
);

export const BoundaryRefSchema = v.object({
	/** Object name in the map's TopoJSON (`countries`, `provinces`, `districts`). */
	layer: Name,
	featureId: Name
});

export const PlaceSchema = v.object({
	id: Id,
	name: Name,
	kind: v.picklist(PLACE_KINDS, `must be one of: ${PLACE_KINDS.join(', ')}`),
	/** [longitude, latitude] in WGS84, or null where the text names a place that cannot be located. */
	coordinates: v.nullable(v.tuple([Longitude, Latitude])),
	boundary: v.optional(BoundaryRefSchema),
	/** How the coordinates were chosen, where that is not obvious. */
	note: v.optional(Note),
	evidence: Evidence
});

export const RelationSchema = v.object({
	id: Id,
	source: Id,
	target: Id,
	type: v.picklist(RELATION_TYPES, `must be one of: ${RELATION_TYPES.join(', ')}`),
	/** False where the text gives no direction (“a relationship between A and B”). */
	directed: v.boolean(),
	stance: v.picklist(STANCES, `must be one of: ${STANCES.join(', ')}`),
	/** The entity whose claim this is, or null where the article says it in its own voice. */
	assertedBy: v.nullable(Id),
	date: v.nullable(PartialDate),
	/** How the date was read from the text (“Last year”, “since”), where it is not written out. */
	dateNote: v.optional(Note),
	places: listOf(Id, LIMITS.references),
	/** One line in the analyst's words: what the relation is. */
	summary: Summary,
	evidence: Evidence
});

export const QuoteSchema = v.object({
	id: Id,
	start: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
	end: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be positive')),
	exact: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(LIMITS.quoteLength, atMost(LIMITS.quoteLength))),
	prefix: v.pipe(v.string(), v.maxLength(LIMITS.quoteContext, atMost(LIMITS.quoteContext))),
	suffix: v.pipe(v.string(), v.maxLength(LIMITS.quoteContext, atMost(LIMITS.quoteContext)))
});

export const DatasetSchema = v.object({
	article: ArticleSchema,
	entities: v.pipe(listOf(EntitySchema, LIMITS.entities), v.minLength(1, 'needs at least one entity')),
	places: listOf(PlaceSchema, LIMITS.places),
	relations: listOf(RelationSchema, LIMITS.relations),
	quotes: v.pipe(listOf(QuoteSchema, LIMITS.quotes), v.minLength(1, 'needs at least one quote'))
});

export const DatasetIndexSchema = v.object({
	datasets: v.pipe(
		listOf(
			v.object({
				slug: Id,
				title: Name
			}),
			LIMITS.indexEntries
		),
		v.minLength(1, 'must list at least one dataset')
	)
});

export type Article = v.InferOutput<typeof ArticleSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type DatasetJson = v.InferOutput<typeof DatasetSchema>;
export type DatasetIndex = v.InferOutput<typeof DatasetIndexSchema>;

/** A dataset with the article text it quotes: what the app works with. */
export interface Dataset extends DatasetJson {
	slug: string;
	articleText: string;
}
