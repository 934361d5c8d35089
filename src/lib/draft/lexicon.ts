/**
 * The drafting vocabulary: words that tell what a name is, and what is not a name.
 * Generic English and the genre's conventions only: no actor of any article is named here.
 */
import type { EntityKind } from '../dataset/schema';

const set = (words: string) => new Set(words.split('|'));

/** Titles and ranks kept out of names (“Mullah Omar” is Omar; “Secretary Lew” is Lew). */
export const TITLES = set(
	'mr|mrs|ms|dr|mullah|mulla|maulawi|maulvi|mawlawi|moulvi|maulana|sheikh|shaykh|shaikh|haji|hajji|al-hajj|mufti|qari|commander|general|gen|colonel|col|major|captain|sergeant|lieutenant|president|vice|prime|minister|secretary|under|assistant|deputy|director|chairman|chairwoman|chair|governor|ambassador|senator|representative|judge|justice|spokesman|spokesperson|chief|head|leader|acting|senior|former|then|supreme|sir|lord|king|queen|prince|princess|emperor|sultan|finance|foreign|interior|defense|defence|attorney|special|envoy|treasurer|consul|attaché|attache|officer|inspector|commissioner'
);
/** Titles that can only be titles: at the front of a name they mark a person. */
export const PERSON_TITLES = set(
	'mr|mrs|ms|dr|mullah|mulla|maulawi|maulvi|mawlawi|moulvi|maulana|sheikh|shaykh|shaikh|haji|hajji|mufti|qari|secretary|minister|director|president|senator|ambassador|governor|chairman|judge|general|commander|spokesman|envoy'
);

/** Sentence-initial words, connectives and the like that are capitalised without being names. */
export const NOT_NAMES = set(
	'the|a|an|in|on|at|as|of|for|from|to|by|with|and|or|but|if|since|during|after|before|while|when|where|although|though|this|that|these|those|it|its|he|his|him|she|her|they|their|them|we|our|us|you|your|i|my|there|here|today|yesterday|tomorrow|also|additionally|furthermore|moreover|however|once|further|many|several|some|all|any|each|both|every|no|not|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|other|such|more|most|according|despite|between|through|under|over|about|among|against|within|without|because|so|thus|then|than|somewhat|finally|similarly|meanwhile|indeed|recently|earlier|later|currently|previously|now|good|thank|thanks|please|action|identifying|information|honestly|yes|name|senior|denying|founded|concurrent|recipients|their|whose|which|who|what|how|following|including|consistent|pursuant|specifically|treasury|today’s|today\'s'
);
// "Treasury" is listed above only as a sentence starter; as a name it is found mid-sentence.
NOT_NAMES.delete('treasury');

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/**
 * Names that are never actors: legal instruments and sanctions lists, identifying-information
 * labels, programme furniture. Matched on the whole name, case-insensitive.
 */
export const NEVER_ACTORS = new RegExp(
	'^(?:' +
		[
			'executive orders?(?: \\d+)?',
			'e\\.?o\\.?(?: \\d+)?',
			'sdgts?',
			'sdns?',
			'sdn list',
			'specially designated (?:global )?terrorists?(?: entity)?',
			'specially designated nationals?(?: list)?',
			'foreign terrorist organi[sz]ations?',
			'ftos?',
			'consolidated list',
			'(?:un )?sanctions? list',
			'.* (?:act|list|resolution|order|regulations?|code|law|statute)',
			'resolution \\d+',
			'aka|a\\.k\\.a|fka|dob|pob|nationality|citizenship|tribe|residence|passport(?: number)?|national id(?: no)?|gender|address|alt|alt\\. dob|name|title|position|identifying information|expiration date|issued|number',
			'frequently asked questions|faqs?|general licen[cs]es?(?: \\d+)?|gls?|fact sheet|press releases?|archived content|readout|status report|as prepared for delivery|remarks|testimony|statement|joint statement',
			'(?:' + MONTHS.join('|') + ')',
			WEEKDAYS,
			'u\\.?s\\.? persons?',
			'ofac designated',
			'islam|muslims?|christians?|arab|arabic|english|pashto|dari|urdu',
			'veteran[’\']?s day|christmas|ramadan|eid',
			'.* (?:strategy|plan|programme|program|initiative|policy|doctrine|conference|summit|forum|dialogue|partnership|meeting|holiday|weekend|season|report|review|guidance|license|licence|statement)',
			'(?:north|south|east|west|central|eastern|western|southern|northern|southeast|southwest|northeast|northwest)?\\s?(?:europe|asia|africa|america|middle east|gulf|levant|sahel|caucasus|balkans|maghreb|arabian peninsula|persian gulf|horn of africa|subcontinent|south asia|central asia)(?: region)?'
		].join('|') +
		')$',
	'i'
);

/** Words after a capitalised name that make it a place rather than an actor. */
export const PLACE_SUFFIXES = set('province|provinces|district|districts|village|city|town|agency|region|valley|area|border|airport|mountains|river');

/** Organisation head words and the kind they give. Checked on every word of a name. */
export const ORG_WORDS: [RegExp, EntityKind][] = [
	[/^(network|shura|movement|front|brigades?|battalions?|jihad|mujahideen|mujahidin|lashkar(-\S+)?|jaish(-\S+)?|tehrik(-\S+)?|harakat(-\S+)?|hizb(-\S+)?|militia|insurgency|caliphate|emirate)$/i, 'armed group'],
	[/^(police|army|forces?|military|intelligence|guards?|troops|coalition|directorate|isi|nds|constabulary|corps|navy|marines)$/i, 'security force'],
	[/^(bank|exchange|hawala|monetary|credit|remittances?|finance company|currency)$/i, 'financial institution'],
	[/^(company|co|corporation|corp|inc|ltd|llc|trading|enterprises?|industries|transport|construction|services|airlines?|holdings?|group of companies|establishment|factory|firm)$/i, 'company'],
	[/^(foundation|trust|charity|charities|relief|welfare|aid|society|madrassa|madrasa|seminary|ngos?|mosque|orphanage|waqf)$/i, 'charity'],
	[/^(times|post|telegraph|news|daily|tribune|herald|journal|gazette|press|tv|television|radio|broadcasting|media|magazine|newspaper|reuters|service)$/i, 'media outlet'],
	[/^(nations|union|nato|interpol|international|organi[sz]ation|alliance|task force|fatf|imf|council)$/i, 'international organisation'],
	[/^(department|office|ministry|administration|government|treasury|agency|commission|committee|senate|congress|parliament|embassy|consulate|court|bureau|secretariat|cabinet|state|pentagon|authority|authorities|unit|house|assembly|regime|presidency|municipality|council|division|center|centre|fiu)$/i, 'government body']
];

/** Common nouns that, after a nationality, name a group actor (“Pakistani authorities”). */
export const GROUP_NOUNS: [RegExp, EntityKind][] = [
	[/^(security forces|forces|troops|army|military|police|security establishment|intelligence(?: services?)?|security services)$/, 'security force'],
	[/^(authorities|government|officials|administration|regime|leaders|leadership)$/, 'government body'],
	[/^(people|community|communities|population|civilians)$/, 'community'],
	[/^(interests)$/, 'country']
];

/** Words after a name that show a group (“Taliban commanders”), or a person after a group name. */
export const MEMBER_NOUNS = set(
	'fighters|commanders|commander|members|member|militants|leaders|leader|leadership|officials|official|financier|financiers|fundraiser|fundraisers|insurgents|supporters|sympathizers|sympathisers|associates|representatives|representative|regime|government|activity|activities|operations|operatives|operative|facilitator|facilitators|network|cadres|personnel|sub-commanders|subcommanders|shadow|spokesman|source|sources|money|funds|finances|rule|training|suicide|affiliates|core|figures|chief|head|deputy|treasurer|recruits|affairs|emir|amir|governor|governors|court|courts|bombers|militia|camps|camp|partners'
);

/** Role nouns: “a Haqqani Network commander”, “senior leader X” (→ affiliation, or funding for money roles). */
export const ROLE_NOUNS = set(
	'commander|commanders|sub-commander|leader|leaders|official|officials|member|members|head|chief|deputy|founder|spokesman|spokesperson|representative|emir|amir|governor|operative|facilitator|fighter|militant|associate|lieutenant|adviser|advisor|director|manager|coordinator|organizer|organiser|recruiter|trainer|courier|agent|employee|envoy|figure|figures|treasurer|secretary|minister|officer|supporter|loyalist|insider|source|caretaker|consul|attaché|attache|gatekeeper|communications|military|finance|financial'
);
export const MONEY_ROLES = set('financier|financiers|fundraiser|fundraisers|money launderer|financial manager|treasurer|donor|donors|financial facilitator|finance official|paymaster');

/** Nationality adjectives, with their country as the gazetteer names it. */
export const DEMONYMS: Record<string, string> = {
	afghan: 'Afghanistan', afghani: 'Afghanistan', pakistani: 'Pakistan', indian: 'India', iranian: 'Iran', iraqi: 'Iraq', syrian: 'Syria',
	saudi: 'Saudi Arabia', qatari: 'Qatar', emirati: 'United Arab Emirates', american: 'United States of America', 'u.s.': 'United States of America',
	us: 'United States of America', british: 'United Kingdom', uk: 'United Kingdom', chinese: 'China', russian: 'Russia', turkish: 'Turkey',
	uzbek: 'Uzbekistan', tajik: 'Tajikistan', turkmen: 'Turkmenistan', kuwaiti: 'Kuwait', yemeni: 'Yemen', egyptian: 'Egypt', jordanian: 'Jordan',
	lebanese: 'Lebanon', israeli: 'Israel', german: 'Germany', french: 'France', somali: 'Somalia', libyan: 'Libya', malian: 'Mali',
	nigerian: 'Nigeria', kenyan: 'Kenya', bangladeshi: 'Bangladesh', sri: 'Sri Lanka', nepalese: 'Nepal', kazakh: 'Kazakhstan', bahraini: 'Bahrain', omani: 'Oman'
};

/** Labels of the identifying-information blocks at the end of designation releases. */
export const ID_LABEL =
	/(?<![A-Z])(Name|Individual|Entity|AKA|a\.k\.a\.|f\.k\.a\.|DOB|Alt\.\s*DOB|POB|Alt\.\s*POB|Nationality|Citizenship|Tribe|Subtribe|Residence|Address|Gender|Title|Position|(?:Alt\.\s*)?(?:[A-Z][a-z]+\s)?Passport(?:\s(?:Number|Expiration Date|No\.?))?|National ID(?:\s(?:No\.?|Number))?|Expiration Date)\s*:/g;
