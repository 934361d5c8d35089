/**
 * The one definition of a Threadboard dataset. The TypeScript types below are
 * inferred from these Valibot schemas, so the app, the `validate` command and
 * the tests cannot disagree about what a dataset is.
 */
import * as v from 'valibot';
import { isWebUrl, unsafeNameProblem, unsafeTextProblem } from './text-checks';
import { groupDigits } from '$lib/model/english';

/** What kind of actor an entity is. Closed, so colours and shapes can be assigned to every kind. */
export const ENTITY_KINDS = [
	'armed group',
	'government body',
	'security force',
	'document',
	'person',
	'country',
	'community',
	'media outlet',
	'company',
	'charity',
	'financial institution',
	'international organisation'
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_KIND_DEFINITIONS: Record<EntityKind, string> = {
	'armed group': 'A non-state organisation that uses or plans armed force.',
	'government body': 'A government, ministry, administration or official office.',
	'security force': 'A state’s military, police or intelligence apparatus, or part of it.',
	document: 'A written record that the article treats as a source of claims.',
	person: 'A named or anonymous individual.',
	country: 'A state, or its interests taken as a whole.',
	community: 'A religious, ethnic or social group of people.',
	'media outlet': 'A newspaper, broadcaster or other publisher.',
	company: 'A business: a trading firm, a transport or construction company, a shop.',
	charity: 'A charitable, religious or welfare organisation that collects or gives money.',
	'financial institution': 'A bank, money exchange or hawala that holds or moves money.',
	'international organisation': 'A body of several states, such as the United Nations.'
};

/** The relation types this article needs; each is defined so a reader knows what a line means. */
export const RELATION_TYPES = [
	'affiliation',
	'cooperation',
	'joint operation',
	'funding',
	'advice and guidance',
	'protection',
	'backing',
	'ideological sympathy',
	'attack',
	'arrest',
	'agreement',
	'review',
	'founding',
	'authorship',
	'reporting',
	'sanction',
	'family tie'
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_TYPE_DEFINITIONS: Record<RelationType, string> = {
	affiliation: 'The source is part of, or formally aligned with, the target.',
	cooperation: 'The two actors keep contact, meet or act together, without a shared unit.',
	'joint operation': 'The two actors form, or plan to form, a shared unit or team.',
	funding: 'The source gives money or financial support to the target.',
	'advice and guidance': 'The source advises, mentors or guides the target.',
	protection: 'The source shelters or protects the target, or gives it a safe haven.',
	backing: 'The source supports the target politically or materially, short of funding named as such.',
	'ideological sympathy': 'Members of the two actors share beliefs or sympathies.',
	attack: 'The source attacked, or targeted, the target.',
	arrest: 'The source detained members of the target.',
	agreement: 'The two actors signed or concluded a deal.',
	review: 'The source examines whether the target keeps its commitments.',
	founding: 'The source founded the target.',
	authorship: 'The source wrote or issued the target document.',
	reporting: 'The source gave information or answers to the target.',
	sanction: 'The source designates, sanctions or lists the target (a government acting against a person or group).',
	'family tie': 'The two actors are related by blood or marriage (son, brother, father, uncle); the summary says how.'
};

/**
 * How the text holds a relation. Ordered from strongest to weakest commitment;
 * a denial is its own kind, never a weak assertion.
 */
export const STANCES = ['asserted', 'believed', 'claimed', 'proposed', 'denied'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_DEFINITIONS: Record<Stance, string> = {
	asserted: 'Stated as fact by whoever asserts it.',
	believed: 'Held to be likely (“is believed”, “might be”), not established.',
	claimed: 'Put forward as a claim or accusation that the text does not confirm.',
	proposed: 'Discussed, planned or proposed; not (yet) carried out.',
	denied: 'Explicitly denied by whoever asserts it.'
};

export const PLACE_KINDS = ['country', 'province', 'district', 'city', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id (or slug). Links carry ids, so the URL codec reads this same limit. */
export const MAX_ID_LENGTH = 120;

/**
 * The largest dataset the validator accepts: generous for any news article, small
 * enough that a careless or hostile file cannot stall the page. The README lists them.
 */
export const LIMITS = {
	/** Characters of `article.txt`. */
	articleLength: 1_000_000,
	/** Characters of `dataset.json`, checked before it is parsed. */
	datasetFileLength: 20_000_000,
	entities: 5_000,
	places: 5_000,
	relations: 20_000,
	quotes: 50_000,
	/** Aliases of one entity. */
	aliases: 100,
	/** Quote ids in one `evidence`, place ids in one `places`. */
	references: 500,
	/** Names, aliases, titles, the publisher, map layer and feature names. */
	nameLength: 300,
	/** Summaries and notes. */
	textLength: 2_000,
	/** The article's address. */
	urlLength: 2_000,
	/** One quote's `exact` text. */
	quoteLength: 5_000,
	/** A quote's `prefix` and `suffix`: the usual context of a W3C TextQuoteSelector. */
	quoteContext: 32,
	/** Datasets listed in `index.json`. */
	indexEntries: 1_000
} as const;

/** `2008`, `2020-05` or `2020-02-29`; the calendar check happens in the validator. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

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
/** A real calendar date: rejects `2021-02-30`, which the pattern alone lets through. */
export function isCalendarDate(partial: string): boolean {
	const [year, month, day] = partial.split('-').map(Number);
	if (month === undefined || day === undefined) return true;
	const date = new Date(Date.UTC(year!, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

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
