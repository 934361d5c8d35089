/** The article's title, publisher, date and address as the user edits them, checked field by field. */
import * as v from 'valibot';
import { ArticleSchema, type Article } from '../dataset/schema';
import { dateProblem, urlProblem } from './metadata';
import { normaliseArticleText } from './normalise';
import type { ImportBlock, ImportedArticle } from './types';

/** The form's fields, as typed: strings, empty when unknown. */
export interface MetaFields {
	title: string;
	publisher: string;
	published: string;
	url: string;
}
export type MetaField = keyof MetaFields;
export type MetaProblems = Partial<Record<MetaField, string>>;

export const META_LABELS: Record<MetaField, string> = {
	title: 'Title',
	publisher: 'Publisher',
	published: 'Published',
	url: 'Address (URL)'
};

export function metaFieldsFrom(article: ImportedArticle): MetaFields {
	return { title: article.title, publisher: article.publisher, published: article.published ?? '', url: article.url ?? '' };
}

/** What is wrong with each field, in the user's terms; an empty object when all is well. */
export function metaProblems(fields: MetaFields): MetaProblems {
	const problems: MetaProblems = {};
	if (fields.title.trim() === '') problems.title = 'must not be empty: give the article’s headline';
	if (fields.publisher.trim() === '') problems.publisher = 'must not be empty: give the site or organisation that published it';
	const date = dateProblem(fields.published);
	if (date) problems.published = date;
	const url = urlProblem(fields.url);
	if (url) problems.url = url;
	return problems;
}

/** Where the text came from and what was cut from it, for the dataset's `article.note`. */
export function importNote(sourceName: string, blocks: readonly ImportBlock[]): string {
	const cut = blocks.filter((block) => !block.keep);
	const reasons = [...new Set(cut.map((block) => (block.reason ?? 'cut by hand').toLowerCase()))];
	const removed = cut.length === 0 ? 'nothing was removed' : `${cut.length} ${cut.length === 1 ? 'paragraph was' : 'paragraphs were'} removed (${reasons.join(', ')})`;
	return `Imported from ${sourceName}; ${removed}.`;
}

/** A title or publisher as stored: normalised like the article, on one line. */
function oneLine(text: string): string {
	return normaliseArticleText(text).replace(/\s*\n+\s*/g, ' ');
}

/** The dataset's article record, checked by the dataset schema itself; null while any field has a problem. */
export function articleMeta(fields: MetaFields, note: string): Article | null {
	if (Object.keys(metaProblems(fields)).length > 0) return null;
	const result = v.safeParse(ArticleSchema, {
		title: oneLine(fields.title),
		publisher: oneLine(fields.publisher),
		published: fields.published.trim() || null,
		url: fields.url.trim() || null,
		note
	});
	return result.success ? result.output : null;
}
