/**
 * The import screen's one state object: the pasted text, the preview of the extracted blocks
 * with the user's keep/cut choices, and the article's fields. Every change is kept in the tab's
 * sessionStorage at once, so a reload loses nothing. A file that cannot be imported (wrong type,
 * too big, unreadable, no text) is refused with a message naming it, and what the user had stays.
 */
import { articleMeta, importNote, metaFieldsFrom, metaProblems, type MetaField, type MetaFields } from './article-meta';
import { articleText } from './blocks';
import { decodeFileText, extractFileOnDemand, extractPastedText, fileProblem } from './import-file';
import { parseStoredSession, serializeSession, SESSION_KEY, type StoredPreview } from './session-store';
import type { HtmlParser, ImportedArticle } from './types';
import type { Article } from '../dataset/schema';

export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What "Continue to annotation" hands on. */
export interface ImportResult {
	meta: Article;
	articleText: string;
}

/** The part of a File the session reads (a File, or a stand-in in tests). */
export interface ImportableFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

const EMPTY_META: MetaFields = { title: '', publisher: '', published: '', url: '' };
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class ImportSession {
	/** The text in the paste box, kept even after it has been imported. */
	pasted = $state('');
	/** The extracted blocks and where they came from; null before anything is imported. */
	preview = $state<StoredPreview | null>(null);
	meta = $state<MetaFields>({ ...EMPTY_META });
	/** The last thing that went wrong, in a sentence; the previous import is still there. */
	problem = $state<string | null>(null);
	/** A short confirmation for screen readers and the eye ("Imported … : 14 paragraphs, 2 removed"). */
	status = $state('');
	/** True while a file is being read. */
	busy = $state(false);
	/** The user asked to continue; from then on every field problem is shown, not only edited ones. */
	showAllProblems = $state(false);
	/** The import a newer one replaced, until the user brings it back or moves on. */
	replaced = $state<{ preview: StoredPreview; meta: MetaFields } | null>(null);

	readonly articleText = $derived(this.preview ? articleText(this.preview.blocks) : '');
	readonly problems = $derived(metaProblems(this.meta));

	readonly #parseHtml: HtmlParser;
	readonly #storage: SessionStorageLike | null;
	#saveProblem: string | null = null;

	constructor(options: { parseHtml: HtmlParser; storage: SessionStorageLike | null }) {
		this.#parseHtml = options.parseHtml;
		this.#storage = options.storage;
		this.#restore();
	}

	setPasted(text: string): void {
		this.pasted = text;
		this.#save();
	}

	/** Imports the paste box's text; the preview it replaces is kept if the box holds no words. */
	importPasted(): void {
		if (this.pasted.trim() === '') {
			this.problem = 'The paste box is empty: paste the article’s text first.';
			return;
		}
		this.#show(extractPastedText(this.pasted), 'pasted text');
	}

	async importFile(file: ImportableFile): Promise<void> {
		const refused = fileProblem(file.name, file.size);
		if (refused) {
			this.problem = `${refused} Nothing was changed.`;
			return;
		}
		this.busy = true;
		try {
			const text = decodeFileText(file.name, new Uint8Array(await file.arrayBuffer()));
			this.#show(await extractFileOnDemand(file.name, text, { parseHtml: this.#parseHtml }), `“${file.name}”`);
		} catch (error) {
			this.problem = `“${file.name}” could not be imported: ${reasonOf(error).replace(/\.$/, '')}. Nothing was changed.`;
		} finally {
			this.busy = false;
		}
	}

	/** Cuts a kept block or puts back a removed one. */
	toggleBlock(index: number): void {
		const block = this.preview?.blocks[index];
		if (!this.preview || !block) return;
		this.preview.blocks[index] = { ...block, keep: !block.keep };
		this.status = block.keep ? `Paragraph ${index + 1} cut.` : `Paragraph ${index + 1} put back.`;
		this.#save();
	}

	setMeta(field: MetaField, value: string): void {
		this.meta[field] = value;
		this.#save();
	}

	/** Clears the preview and the fields (the paste box stays), to start from another source. */
	startOver(): void {
		if (this.preview) this.replaced = { preview: $state.snapshot(this.preview), meta: $state.snapshot(this.meta) };
		this.preview = null;
		this.meta = { ...EMPTY_META };
		this.problem = null;
		this.showAllProblems = false;
		this.status = 'The preview was cleared.';
		this.#save();
	}

	/** Brings back the import the last one replaced (its cuts and fields too). */
	bringBackReplaced(): void {
		if (!this.replaced) return;
		this.preview = this.replaced.preview;
		this.meta = this.replaced.meta;
		this.replaced = null;
		this.status = `Your import of ${this.preview.source} is back.`;
		this.#save();
	}

	dismissProblem(): void {
		this.problem = null;
	}

	/** The article to annotate, or null (with every problem shown) while a field needs fixing or no text is kept. */
	result(): ImportResult | null {
		this.showAllProblems = true;
		if (!this.preview) return null;
		if (this.articleText === '') {
			this.problem = 'Every paragraph is cut: put back at least one to have an article to annotate.';
			return null;
		}
		const meta = articleMeta(this.meta, importNote(this.preview.source, this.preview.blocks));
		return meta ? { meta, articleText: this.articleText } : null;
	}

	#show(article: ImportedArticle, source: string): void {
		const kept = article.blocks.filter((block) => block.keep).length;
		// A headline alone (a Markdown file with a title and no body) is no article.
		if (!article.blocks.some((block) => block.keep && block.reason !== 'Headline')) {
			this.problem = `No text was found in ${source}. Nothing was changed.`;
			return;
		}
		if (this.preview) this.replaced = { preview: $state.snapshot(this.preview), meta: $state.snapshot(this.meta) };
		this.preview = { source, blocks: article.blocks, notices: article.notices };
		this.meta = metaFieldsFrom(article);
		this.problem = null;
		this.showAllProblems = false;
		const removed = article.blocks.length - kept;
		this.status = `Imported ${source}: ${kept} ${kept === 1 ? 'paragraph' : 'paragraphs'} kept, ${removed} removed.`;
		this.#save();
	}

	#restore(): void {
		if (!this.#storage) return;
		let stored: string | null;
		try {
			stored = this.#storage.getItem(SESSION_KEY);
		} catch (error) {
			this.problem = `The import kept in this tab could not be read (${reasonOf(error)}).`;
			return;
		}
		if (stored === null) return;
		const parsed = parseStoredSession(stored);
		if (!parsed.ok) {
			// Set aside rather than overwritten by the next save, in case it holds text worth recovering.
			try {
				this.#storage.setItem(`${SESSION_KEY}:unreadable`, stored);
			} catch {
				// Nothing more can be done; the message says what happened.
			}
			this.problem = `${parsed.problem} The import starts afresh.`;
			return;
		}
		this.pasted = parsed.session.pasted;
		this.preview = parsed.session.preview;
		this.meta = parsed.session.meta;
		this.replaced = parsed.session.replaced;
		if (this.preview) this.status = `Your import of ${this.preview.source} was restored.`;
	}

	#save(): void {
		if (!this.#storage) return;
		try {
			this.#storage.setItem(SESSION_KEY, serializeSession({
					version: 1,
					pasted: this.pasted,
					preview: $state.snapshot(this.preview),
					meta: $state.snapshot(this.meta),
					replaced: $state.snapshot(this.replaced)
				}));
			if (this.#saveProblem !== null && this.problem === this.#saveProblem) this.problem = null;
			this.#saveProblem = null;
		} catch (error) {
			this.#saveProblem = `Your text could not be kept for a reload (${reasonOf(error)}). It stays here while the page is open.`;
			this.problem = this.#saveProblem;
		}
	}
}

/** The importable file types, for the file picker's `accept`. */
export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
