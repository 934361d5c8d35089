/**
 * The values a Threadboard dataset is made of: the kinds of actor and place, the relation types
 * and stances with what each means, the id pattern and the size limits. schema.ts builds the
 * checks from them and re-exports them; code that only needs the values (the workspace, whose
 * built-in datasets the build has checked) imports them from here, so it does not download the checks.
 */
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

/** A real calendar date: rejects `2021-02-30`, which the pattern alone lets through. */
export function isCalendarDate(partial: string): boolean {
	const [year, month, day] = partial.split('-').map(Number);
	if (month === undefined || day === undefined) return true;
	const date = new Date(Date.UTC(year!, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
