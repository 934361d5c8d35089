/**
 * “Draft automatically” in the editor: runs the drafting pipeline (in a Web Worker, through
 * whatever `DraftRunner` the page hands in), reports its progress, and takes the draft into
 * the work as one undoable edit whose items all start as candidates to review.
 */
import type { DatasetJson } from '$lib/dataset/schema';
import { applyDraft, type DraftForEditor } from './candidates';
import type { EditorState } from './editor.svelte';

export interface DraftProgress {
	/** A drafting stage (`sentences`, `actors`, `links`…) or `loading`. */
	stage: string;
	/** 0–1 */
	fraction: number;
}

/** The drafting worker's side the editor needs. */
export interface DraftRunner {
	draft(articleText: string, meta: DatasetJson['article'], onProgress: (progress: DraftProgress) => void): Promise<DraftForEditor>;
}

const STAGE_WORDS: Record<string, string> = {
	loading: 'Loading the drafting tools and the gazetteer',
	sentences: 'Reading sentences and clauses',
	mentions: 'Finding names',
	actors: 'Merging aliases into actors',
	places: 'Finding places in the gazetteer',
	links: 'Finding links, stances and who asserts them',
	quotes: 'Anchoring quotes',
	dataset: 'Checking the draft'
};

export class Drafting {
	status = $state<'idle' | 'running' | 'done' | 'failed'>('idle');
	progress = $state<DraftProgress>({ stage: 'loading', fraction: 0 });
	problem = $state<string | null>(null);

	get stageWords(): string {
		return STAGE_WORDS[this.progress.stage] ?? this.progress.stage;
	}

	constructor(private readonly runner: () => DraftRunner) {}

	async run(editor: EditorState): Promise<void> {
		if (this.status === 'running') return;
		this.status = 'running';
		this.problem = null;
		this.progress = { stage: 'loading', fraction: 0 };
		try {
			const { articleText, article } = editor.work;
			const draft = await this.runner().draft(articleText, article, (progress) => (this.progress = progress));
			const applied = editor.apply('draft automatically', (work) => applyDraft(work, draft));
			this.status = applied === null ? 'idle' : 'done';
			if (applied !== null) {
				const count = draft.candidates.length;
				editor.message = { text: `Drafted ${count} ${count === 1 ? 'item' : 'items'} to review: accept, edit or reject each, or a group at once.`, tone: 'info' };
			}
		} catch (error) {
			this.status = 'failed';
			this.problem = error instanceof Error ? error.message : String(error);
		}
	}
}
