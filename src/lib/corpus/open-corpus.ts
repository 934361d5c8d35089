/**
 * A corpus as the workspace draws it: the library's record and datasets, merged
 * by the model with the analyst's decisions.
 */
import { indexCorpus, type DatasetIndex } from '$lib/dataset/lookup';
import { supportPhrase } from '$lib/model/claims';
import { modelOfCorpus, type CorpusDecisions, type CorpusModel, type CorpusProposals } from '$lib/model/corpus';
import type { Dataset } from '$lib/dataset/schema';

export interface OpenedCorpus {
	model: CorpusModel;
	index: DatasetIndex;
}

/** `proposals`: corpusProposals of the same datasets, when the caller keeps them across decisions. */
export function openedCorpus(record: { id: string; title: string; decisions: CorpusDecisions }, datasets: Dataset[], proposals?: CorpusProposals): OpenedCorpus {
	const model = modelOfCorpus(record.id, record.title, datasets, record.decisions, proposals);
	return { model, index: indexCorpus(model) };
}

/** What the header says under the title: how many articles, from how many publishers. */
export function corpusByline(model: CorpusModel): string {
	return supportPhrase({ articleCount: model.articles.length, publisherCount: new Set(model.articles.map((article) => article.publisher)).size });
}
