import type { Locale } from '@/lib/i18n/locales';

/** Nepal's 7 provinces and 77 districts (2015 constitution; Nawalparasi and Rukum split in two). */
export const PROVINCES = [
  {
    name: 'Koshi',
    districts: ['Bhojpur', 'Dhankuta', 'Ilam', 'Jhapa', 'Khotang', 'Morang', 'Okhaldhunga', 'Panchthar', 'Sankhuwasabha', 'Solukhumbu', 'Sunsari', 'Taplejung', 'Terhathum', 'Udayapur'],
  },
  { name: 'Madhesh', districts: ['Bara', 'Dhanusha', 'Mahottari', 'Parsa', 'Rautahat', 'Saptari', 'Sarlahi', 'Siraha'] },
  {
    name: 'Bagmati',
    districts: ['Bhaktapur', 'Chitwan', 'Dhading', 'Dolakha', 'Kathmandu', 'Kavrepalanchok', 'Lalitpur', 'Makwanpur', 'Nuwakot', 'Ramechhap', 'Rasuwa', 'Sindhuli', 'Sindhupalchok'],
  },
  { name: 'Gandaki', districts: ['Baglung', 'Gorkha', 'Kaski', 'Lamjung', 'Manang', 'Mustang', 'Myagdi', 'Nawalpur', 'Parbat', 'Syangja', 'Tanahun'] },
  {
    name: 'Lumbini',
    districts: ['Arghakhanchi', 'Banke', 'Bardiya', 'Dang', 'Gulmi', 'Kapilvastu', 'Palpa', 'Parasi', 'Pyuthan', 'Rolpa', 'Rukum East', 'Rupandehi'],
  },
  { name: 'Karnali', districts: ['Dailekh', 'Dolpa', 'Humla', 'Jajarkot', 'Jumla', 'Kalikot', 'Mugu', 'Rukum West', 'Salyan', 'Surkhet'] },
  { name: 'Sudurpashchim', districts: ['Achham', 'Baitadi', 'Bajhang', 'Bajura', 'Dadeldhura', 'Darchula', 'Doti', 'Kailali', 'Kanchanpur'] },
] as const;

export type ProvinceName = (typeof PROVINCES)[number]['name'];
export type DistrictName = (typeof PROVINCES)[number]['districts'][number];

export const PROVINCE_NAMES: readonly string[] = PROVINCES.map((p) => p.name);

export function districtsOf(province: string): readonly string[] {
  return PROVINCES.find((p) => p.name === province)?.districts ?? [];
}

export function isDistrictOf(province: string, district: string): boolean {
  return districtsOf(province).includes(district);
}

/**
 * The official Devanagari names, keyed by the English names above (which stay the stored values).
 * Typed by the lists, so a province or district cannot be added without its Nepali name.
 * Parasi also carries "Nawalparasi West", the name many readers still know it by.
 */
const NEPALI_NAMES: Record<ProvinceName | DistrictName, string> = {
  Koshi: 'कोशी', Madhesh: 'मधेश', Bagmati: 'बागमती', Gandaki: 'गण्डकी', Lumbini: 'लुम्बिनी', Karnali: 'कर्णाली', Sudurpashchim: 'सुदूरपश्चिम',
  // Koshi
  Bhojpur: 'भोजपुर', Dhankuta: 'धनकुटा', Ilam: 'इलाम', Jhapa: 'झापा', Khotang: 'खोटाङ', Morang: 'मोरङ', Okhaldhunga: 'ओखलढुङ्गा',
  Panchthar: 'पाँचथर', Sankhuwasabha: 'सङ्खुवासभा', Solukhumbu: 'सोलुखुम्बु', Sunsari: 'सुनसरी', Taplejung: 'ताप्लेजुङ', Terhathum: 'तेह्रथुम', Udayapur: 'उदयपुर',
  // Madhesh
  Bara: 'बारा', Dhanusha: 'धनुषा', Mahottari: 'महोत्तरी', Parsa: 'पर्सा', Rautahat: 'रौतहट', Saptari: 'सप्तरी', Sarlahi: 'सर्लाही', Siraha: 'सिराहा',
  // Bagmati
  Bhaktapur: 'भक्तपुर', Chitwan: 'चितवन', Dhading: 'धादिङ', Dolakha: 'दोलखा', Kathmandu: 'काठमाडौं', Kavrepalanchok: 'काभ्रेपलाञ्चोक', Lalitpur: 'ललितपुर',
  Makwanpur: 'मकवानपुर', Nuwakot: 'नुवाकोट', Ramechhap: 'रामेछाप', Rasuwa: 'रसुवा', Sindhuli: 'सिन्धुली', Sindhupalchok: 'सिन्धुपाल्चोक',
  // Gandaki
  Baglung: 'बागलुङ', Gorkha: 'गोरखा', Kaski: 'कास्की', Lamjung: 'लमजुङ', Manang: 'मनाङ', Mustang: 'मुस्ताङ', Myagdi: 'म्याग्दी', Nawalpur: 'नवलपुर',
  Parbat: 'पर्वत', Syangja: 'स्याङ्जा', Tanahun: 'तनहुँ',
  // Lumbini
  Arghakhanchi: 'अर्घाखाँची', Banke: 'बाँके', Bardiya: 'बर्दिया', Dang: 'दाङ', Gulmi: 'गुल्मी', Kapilvastu: 'कपिलवस्तु', Palpa: 'पाल्पा',
  Parasi: 'परासी (नवलपरासी पश्चिम)', Pyuthan: 'प्युठान', Rolpa: 'रोल्पा', 'Rukum East': 'रुकुम पूर्व', Rupandehi: 'रूपन्देही',
  // Karnali
  Dailekh: 'दैलेख', Dolpa: 'डोल्पा', Humla: 'हुम्ला', Jajarkot: 'जाजरकोट', Jumla: 'जुम्ला', Kalikot: 'कालिकोट', Mugu: 'मुगु', 'Rukum West': 'रुकुम पश्चिम',
  Salyan: 'सल्यान', Surkhet: 'सुर्खेत',
  // Sudurpashchim
  Achham: 'अछाम', Baitadi: 'बैतडी', Bajhang: 'बझाङ', Bajura: 'बाजुरा', Dadeldhura: 'डडेलधुरा', Darchula: 'दार्चुला', Doti: 'डोटी', Kailali: 'कैलाली',
  Kanchanpur: 'कञ्चनपुर',
};

const isPlaceName = (name: string): name is ProvinceName | DistrictName => Object.hasOwn(NEPALI_NAMES, name);

/**
 * A province or district as a reader of `locale` reads it. `name` is the stored English name; one
 * this list does not know (an address saved before a rename) is shown as it was stored.
 */
export function placeName(locale: Locale, name: string): string {
  return locale === 'ne' && isPlaceName(name) ? NEPALI_NAMES[name] : name;
}
