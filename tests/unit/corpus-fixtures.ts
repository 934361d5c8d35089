/**
 * Small hand-written articles for the corpus review and timeline tests: invented
 * names, so nothing is tuned to a real article.
 */
import type { Dataset, Entity, EntityKind, Place, Relation, RelationType, Stance } from '../../src/lib/dataset/schema';

type ActorSpec = [id: string, name: string, kind: EntityKind, aliases?: string[]];
type PlaceSpec = [id: string, name: string, coordinates: [number, number] | null];
type LinkSpec = { id: string; source: string; target: string; type?: RelationType; stance?: Stance; date?: string | null };

export function article(slug: string, title: string, published: string | null, actors: ActorSpec[], places: PlaceSpec[] = [], links: LinkSpec[] = []): Dataset {
	const quote = { id: 'q1', start: 0, end: 4, exact: 'Text', prefix: '', suffix: '' };
	const entities: Entity[] = actors.map(([id, name, kind, aliases = []]) => ({ id, name, kind, aliases, summary: '', plural: false, places: [], evidence: ['q1'] }));
	const placeItems: Place[] = places.map(([id, name, coordinates]) => ({ id, name, kind: 'city', coordinates, evidence: ['q1'] }));
	const relations: Relation[] = links.map((link) => ({
		id: link.id,
		source: link.source,
		target: link.target,
		type: link.type ?? 'cooperation',
		directed: false,
		stance: link.stance ?? 'asserted',
		assertedBy: null,
		date: link.date ?? null,
		places: [],
		summary: '',
		evidence: ['q1']
	}));
	return { slug, articleText: 'Text of the article.', article: { title, publisher: `${title} Press`, url: null, published }, entities, places: placeItems, relations, quotes: [quote] };
}

/** Three articles: one front spelled three ways, a ministry and its acronym, a man named in full and shortened, a bare surname. */
export function threeArticles(): Dataset[] {
	return [
		article(
			'ledger',
			'Daily Ledger report',
			'2020-03-15',
			[
				['front', 'al-Nasr Front', 'armed group'],
				['ministry', 'Ministry of Northern Affairs', 'government body'],
				['omar', 'Omar Farouk Nadir', 'person'],
				['lina', 'Lina Osei', 'person']
			],
			[['lira', 'Port Lira', [10, 20]]],
			[
				{ id: 'l1', source: 'front', target: 'ministry', type: 'attack', date: '2019-11' },
				{ id: 'l2', source: 'omar', target: 'front', type: 'affiliation', date: '2018' },
				{ id: 'l3', source: 'lina', target: 'ministry', type: 'reporting', date: null }
			]
		),
		article(
			'post',
			'Evening Post feature',
			'2021-07',
			[
				['nasir', 'al-Nasir Front', 'armed group'],
				['mna', 'MNA', 'government body'],
				['omar-n', 'Omar Nadir', 'person']
			],
			[['port-lira', 'Port Lira', [10.05, 20.02]]],
			[
				{ id: 'p1', source: 'nasir', target: 'mna', type: 'attack', stance: 'denied', date: '2020' },
				{ id: 'p2', source: 'omar-n', target: 'nasir', type: 'affiliation', date: '2021-02-03' }
			]
		),
		article(
			'wire',
			'Wire bulletin',
			null,
			[
				['nasr', 'Nasr Front', 'armed group'],
				['nadir', 'Nadir', 'person'],
				['lina-o', 'Lina Osei', 'person']
			],
			[],
			[{ id: 'w1', source: 'nadir', target: 'nasr', type: 'funding', date: null }]
		)
	];
}
