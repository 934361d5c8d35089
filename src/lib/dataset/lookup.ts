/** Lookup tables over a validated dataset, built once per dataset. */
import type { Dataset, Entity, Place, Quote, Relation } from './schema';

export interface DatasetIndex {
	dataset: Dataset;
	entity: Map<string, Entity>;
	place: Map<string, Place>;
	relation: Map<string, Relation>;
	quote: Map<string, Quote>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
	const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
	return {
		dataset,
		entity: byId(dataset.entities),
		place: byId(dataset.places),
		relation: byId(dataset.relations),
		quote: byId(dataset.quotes)
	};
}

/** The entities and quotes are validated to exist, so a miss here is a programming error. */
export function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`${what} is not in the dataset`);
	return value;
}
