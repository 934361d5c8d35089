/** Shapes shared by the drafting stages. Every span is [start, end) in the article text. */
import type { EntityKind, PlaceKind, RelationType, Stance } from '../dataset/schema';

export interface Span {
	start: number;
	end: number;
}

export interface Clause extends Span {
	/** Index of the sentence the clause belongs to. */
	sentence: number;
}

export interface Sentence extends Span {
	paragraph: number;
	/** A short line with no closing punctuation: a section heading or a list item's title. */
	heading: boolean;
	/** Most words capitalised (a headline): names in it are trusted only when the body has them too. */
	titleCase: boolean;
	clauses: Clause[];
}

export interface Mention extends Span {
	/** The surface text, less a leading article or title and a trailing possessive. */
	text: string;
	kind: EntityKind;
	/** How sure the kind is, 0–1. */
	kindConfidence: number;
	/** What made this a mention (“capitalised name”, “AKA list”, “acronym”). */
	cue: string;
	/** Names given as the same actor right here: an acronym in brackets, an AKA value, a short form. */
	aliases?: string[];
	/** A surface form to be resolved against earlier actors: a bare surname, a head word, “he”. */
	reference?: 'surname' | 'pronoun' | 'group';
	/** Set by the actor stage: which actor this mention names. */
	actor?: string;
	/** Names a place as well as possibly an actor (a country). */
	country?: boolean;
}

export interface DraftActor {
	id: string;
	name: string;
	aliases: string[];
	kind: EntityKind;
	mentions: Mention[];
	confidence: number;
	cue: string;
}

export interface DraftPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	coordinates: [number, number] | null;
	boundary?: { layer: string; featureId: string };
	mentions: Span[];
	confidence: number;
	cue: string;
	note?: string;
}

export interface DraftLink {
	source: string;
	target: string;
	type: RelationType;
	directed: boolean;
	stance: Stance;
	assertedBy: string | null;
	date: string | null;
	dateNote?: string;
	places: string[];
	/** The supporting span, already trimmed to the clause. */
	evidence: Span;
	confidence: number;
	cue: string;
}

export interface DraftMeta {
	title: string;
	publisher: string;
	url: string | null;
	published: string | null;
	note?: string;
}

export type DraftStage = 'sentences' | 'mentions' | 'actors' | 'places' | 'links' | 'quotes' | 'dataset';

/** Why an item of the draft exists, for the analyst who confirms it. */
export interface CandidateInfo {
	id: string;
	collection: 'entities' | 'places' | 'relations';
	/** 0–1: how likely the analyst is to accept it as drafted. */
	confidence: number;
	/** The words or pattern that produced it. */
	cue: string;
	stage: DraftStage;
}

export type ProgressCallback = (stage: DraftStage, done: number, total: number) => void;
