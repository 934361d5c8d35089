/**
 * Alternate spellings the gazetteer build adds to GeoNames names: transliterations
 * this region's press uses (GeoNames alternate names), keyed by the name the source
 * data uses. Only the build script and tests read this file.
 */
export const PLACE_ALIASES: Record<string, string[]> = {
	// Afghan provinces, as the map's Natural Earth layer names them.
	Hirat: ['Herat', 'Herat Province'],
	Paktya: ['Paktia', 'Paktiya'],
	Hilmand: ['Helmand'],
	Uruzgan: ['Oruzgan', 'Urozgan', 'Oruzgan Province'],
	'Sari Pul': ['Sar-e Pol', 'Sar-i-Pul', 'Sar-e Pul'],
	Wardak: ['Maidan Wardak', 'Wardag'],
	Jawzjan: ['Jowzjan', 'Jozjan'],
	Ghor: ['Ghowr'],
	Khost: ['Khowst'],
	Kunar: ['Konar'],
	Nimroz: ['Nimruz'],
	Daykundi: ['Daikundi', 'Daikondi'],
	Kandahar: ['Qandahar', 'Kandahār'],
	Panjshir: ['Panjsher'],
	Nangarhar: ['Ningarhar'],
	Badghis: ['Badghees'],
	Faryab: ['Faryob'],
	// Pakistani districts and towns.
	'North Waziristan': ['N. Waziristan', 'North Waziristan Agency'],
	'South Waziristan': ['S. Waziristan', 'South Waziristan Agency'],
	Kurram: ['Kurram Agency'],
	Khyber: ['Khyber Agency'],
	Bajaur: ['Bajaur Agency', 'Bajour'],
	Mohmand: ['Mohmand Agency'],
	Orakzai: ['Orakzai Agency'],
	Abbotabad: ['Abbottabad'],
	'Miran Shah': ['Miram Shah', 'Miramshah', 'Miranshah'],
	Quetta: ['Kwatah'],
	Kandahār: ['Qandahar', 'Kandahar'],
	Herāt: ['Hirat'],
	Khōst: ['Khowst'],
	'Mazār-e Sharīf': ['Mazar-i-Sharif', 'Mazar-e-Sharif']
};

/** Country names in the map's world data and the other names articles use (never a two-letter code). */
export const COUNTRY_ALIASES: Record<string, string[]> = {
	'United States of America': ['United States', 'America'],
	'United Kingdom': ['Britain', 'Great Britain'],
	Russia: ['Russian Federation'],
	Iran: ['Islamic Republic of Iran'],
	Syria: ['Syrian Arab Republic'],
	'Saudi Arabia': ['Kingdom of Saudi Arabia'],
	'United Arab Emirates': ['UAE', 'Emirates'],
	'Dem. Rep. Congo': ['Democratic Republic of the Congo', 'DRC'],
	'Bosnia and Herz.': ['Bosnia and Herzegovina', 'Bosnia'],
	'Central African Rep.': ['Central African Republic'],
	'Dominican Rep.': ['Dominican Republic'],
	'S. Sudan': ['South Sudan'],
	'Eq. Guinea': ['Equatorial Guinea'],
	Czechia: ['Czech Republic'],
	Myanmar: ['Burma'],
	eSwatini: ['Swaziland', 'Eswatini'],
	Macedonia: ['North Macedonia'],
	Turkey: ['Türkiye', 'Turkiye'],
	Palestine: ['Palestinian Territories'],
	"Côte d'Ivoire": ['Ivory Coast']
};

/**
 * Pakistan's provinces and territories, which the map draws only as its districts'
 * parents: approximate centres (GeoNames ADM1 points), entered by hand.
 */
export const PAKISTAN_REGIONS: { name: string; aliases: string[]; lon: number; lat: number }[] = [
	{ name: 'Khyber Pakhtunkhwa', aliases: ['North-West Frontier Province', 'NWFP', 'Khyber-Pakhtunkhwa'], lon: 71.8, lat: 34.4 },
	{ name: 'Federally Administered Tribal Areas', aliases: ['FATA', 'Tribal Areas'], lon: 70.4, lat: 33.1 },
	{ name: 'Balochistan', aliases: ['Baluchistan'], lon: 65.1, lat: 28.5 },
	{ name: 'Punjab', aliases: [], lon: 72.7, lat: 30.8 },
	{ name: 'Sindh', aliases: ['Sind'], lon: 68.8, lat: 26.0 },
	{ name: 'Gilgit-Baltistan', aliases: ['Northern Areas'], lon: 74.9, lat: 35.8 },
	{ name: 'Azad Kashmir', aliases: ['Azad Jammu and Kashmir', 'Azad Jammu & Kashmir'], lon: 73.9, lat: 33.9 },
	{ name: 'Waziristan', aliases: [], lon: 69.9, lat: 32.7 }
];
