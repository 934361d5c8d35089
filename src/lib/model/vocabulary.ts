/**
 * The shared vocabulary every view reads: the words for each relation type and stance,
 * a colour per relation type, a shape and colour per entity kind, a line style per stance,
 * and how a corpus claim looks. Legends, the table, the panel and exports all draw from these tables.
 */
import type { EntityKind, Relation, RelationType, Stance } from '$lib/dataset/schema';
import { isClaim } from '$lib/model/claims';

/** How a relation of each type reads between its source and target: [singular, plural] subject. */
export const RELATION_VERBS: Record<RelationType, [string, string]> = {
	affiliation: ['is affiliated with', 'are affiliated with'],
	cooperation: ['cooperates with', 'cooperate with'],
	'joint operation': ['operates jointly with', 'operate jointly with'],
	funding: ['funds', 'fund'],
	'advice and guidance': ['advises', 'advise'],
	protection: ['protects', 'protect'],
	backing: ['backs', 'back'],
	'ideological sympathy': ['shares sympathies with', 'share sympathies with'],
	attack: ['attacks', 'attack'],
	arrest: ['arrests', 'arrest'],
	agreement: ['has an agreement with', 'have an agreement with'],
	review: ['reviews', 'review'],
	founding: ['founded', 'founded'],
	authorship: ['issued', 'issued'],
	reporting: ['reports to', 'report to'],
	sanction: ['sanctions', 'sanction'],
	'family tie': ['is related to', 'are related to']
};

export const STANCE_LABELS: Record<Stance, string> = {
	asserted: 'asserted',
	believed: 'believed',
	claimed: 'claimed',
	proposed: 'proposed or discussed',
	denied: 'denied'
};

/** Muted, distinguishable hues; related types share a family (support warm, hostility red, paperwork grey-blue). */
export const RELATION_COLOURS: Record<RelationType, string> = {
	affiliation: '#3b6ea5',
	cooperation: '#2e8b57',
	'joint operation': '#7b4fa0',
	funding: '#b7791f',
	'advice and guidance': '#c05621',
	protection: '#8a5a2b',
	backing: '#b83280',
	'ideological sympathy': '#6b7fd1',
	attack: '#c53030',
	arrest: '#4a5568',
	agreement: '#2c7a7b',
	review: '#718096',
	founding: '#5a6b3a',
	authorship: '#7a8597',
	reporting: '#8c7a9b',
	sanction: '#1a202c',
	'family tie': '#975a16'
};

export type NodeShape = 'circle' | 'square' | 'triangle' | 'document' | 'person' | 'hexagon' | 'diamond' | 'rounded';

export const ENTITY_STYLES: Record<EntityKind, { shape: NodeShape; fill: string }> = {
	'armed group': { shape: 'circle', fill: '#9b2c2c' },
	'government body': { shape: 'square', fill: '#2b4c7e' },
	'security force': { shape: 'triangle', fill: '#3c6e47' },
	document: { shape: 'document', fill: '#6b7280' },
	person: { shape: 'person', fill: '#8a5a00' },
	country: { shape: 'hexagon', fill: '#4b5563' },
	community: { shape: 'diamond', fill: '#7c3aed' },
	'media outlet': { shape: 'rounded', fill: '#0e7490' },
	company: { shape: 'rounded', fill: '#5b6b2f' },
	charity: { shape: 'diamond', fill: '#b7336b' },
	'financial institution': { shape: 'square', fill: '#8a6d1d' },
	'international organisation': { shape: 'hexagon', fill: '#1f6f8b' }
};

export interface StanceStyle {
	/** SVG stroke-dasharray, or undefined for a solid line. */
	dash: string | undefined;
	opacity: number;
	width: number;
	/** Drawn at the link's middle so the stance reads without colour: ✕ for a denial, ? for a claim. */
	mark: 'denied' | 'claimed' | 'believed' | null;
	description: string;
}

export const STANCE_STYLES: Record<Stance, StanceStyle> = {
	asserted: { dash: undefined, opacity: 1, width: 2.4, mark: null, description: 'solid line' },
	believed: { dash: undefined, opacity: 0.5, width: 2.4, mark: 'believed', description: 'faint line, “~” mark' },
	claimed: { dash: '10 4', opacity: 0.55, width: 2.4, mark: 'claimed', description: 'faint long dashes, “?” mark' },
	proposed: { dash: '0.1 5', opacity: 1, width: 3, mark: null, description: 'dotted line' },
	denied: { dash: '5 4', opacity: 1, width: 2, mark: 'denied', description: 'dashed line crossed by ✕' }
};

/** SVG path for a node shape of the given radius, centred on the origin. */
export function shapePath(shape: NodeShape, r: number): string {
	const f = (n: number) => Math.round(n * 100) / 100;
	switch (shape) {
		case 'circle':
		case 'person':
			return `M ${f(-r)} 0 A ${f(r)} ${f(r)} 0 1 0 ${f(r)} 0 A ${f(r)} ${f(r)} 0 1 0 ${f(-r)} 0 Z`;
		case 'square': {
			const s = r * 0.86;
			return `M ${f(-s)} ${f(-s)} H ${f(s)} V ${f(s)} H ${f(-s)} Z`;
		}
		case 'rounded': {
			const s = r * 0.86;
			const c = r * 0.35;
			return `M ${f(-s + c)} ${f(-s)} H ${f(s - c)} Q ${f(s)} ${f(-s)} ${f(s)} ${f(-s + c)} V ${f(s - c)} Q ${f(s)} ${f(s)} ${f(s - c)} ${f(s)} H ${f(-s + c)} Q ${f(-s)} ${f(s)} ${f(-s)} ${f(s - c)} V ${f(-s + c)} Q ${f(-s)} ${f(-s)} ${f(-s + c)} ${f(-s)} Z`;
		}
		case 'triangle':
			return `M 0 ${f(-r * 1.1)} L ${f(r * 1.05)} ${f(r * 0.75)} L ${f(-r * 1.05)} ${f(r * 0.75)} Z`;
		case 'diamond':
			return `M 0 ${f(-r * 1.15)} L ${f(r * 1.15)} 0 L 0 ${f(r * 1.15)} L ${f(-r * 1.15)} 0 Z`;
		case 'hexagon': {
			const points = Array.from({ length: 6 }, (_, i) => {
				const angle = (Math.PI / 3) * i + Math.PI / 6;
				return `${f(Math.cos(angle) * r)} ${f(Math.sin(angle) * r)}`;
			});
			return `M ${points.join(' L ')} Z`;
		}
		case 'document': {
			const w = r * 0.8;
			const h = r;
			const fold = r * 0.35;
			return `M ${f(-w)} ${f(-h)} H ${f(w - fold)} L ${f(w)} ${f(-h + fold)} V ${f(h)} H ${f(-w)} Z`;
		}
	}
}

/** How a corpus draws a claim beyond its stance: by how many articles hold it up and whether one denies it. */
export interface ClaimLook {
	/** Line width relative to the stance's: thinner for one source, thicker with more. */
	widthFactor: number;
	/** Articles holding it up, shown on the link when more than one. */
	badge: number | null;
	/** Someone denies what another asserts: its own dash and mark, never drawn as a plain fact. */
	contested: boolean;
}

export const CONTESTED_DASH = '9 3 2 3';

export function claimLook(relation: Relation, corpus: boolean): ClaimLook {
	if (!corpus || !isClaim(relation)) return { widthFactor: 1, badge: null, contested: false };
	const articles = relation.articleCount;
	return {
		widthFactor: articles <= 1 ? 0.65 : 1 + Math.min(articles - 1, 3) * 0.35,
		badge: articles > 1 ? articles : null,
		contested: relation.contested
	};
}
