/**
 * The Bikram Sambat calendar 2075–2090 BS as published, to test the converter against: for each
 * year the Gregorian date of 1 Baisakh and the lengths of its twelve months (Baisakh … Chaitra).
 *
 * Sources, year by year:
 * - 2075–2081: counted day by day from the Brihat Calendar's transcription of the published Nepali
 *   patro (tithi for every BS day; github.com/brihat-rb/brihat_calendar, data/<year>_lunar_data.json).
 *   2081 also matches, day by day, a second transcription with the Gregorian date of every day
 *   (github.com/amit-acharyad/instagram_clone, lib/features/calendar/data/calendardata.dart).
 * - 2082: the Brihat Calendar's month table (js/base/NS_BS.js); 1 Asoj = 17 Sep 2025 also on the
 *   calendar.arthasarokar.com page for Asoj 2082.
 * - 2083: the Nepal Panchanga Nirnayak Bikas Samiti's calendar as reported when it was released
 *   (newsofnepal.com, 8 Feb 2026): Ghatasthapana on 25 Asoj and Vijaya Dashami on 4 Kartik, an
 *   eleven-day Dashain, so Asoj has 31 days (the Brihat table's 30 is contradicted by this).
 *   Kartik–Chaitra as in nepali-date-converter 3.4.0, a second library independent of ours.
 * - 2084–2090: not yet published by the Samiti. The projections of the Brihat Calendar's month
 *   table; nepali-date-converter projects 2084–2086 differently. Replace these with the published
 *   calendar each year as it comes out.
 */
export type ReferenceYear = { newYear: string; months: readonly number[] };

export const BS_REFERENCE_CALENDAR: Readonly<Record<number, ReferenceYear>> = {
  2075: { newYear: '2018-04-14', months: [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30] },
  2076: { newYear: '2019-04-14', months: [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30] },
  2077: { newYear: '2020-04-13', months: [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31] },
  2078: { newYear: '2021-04-14', months: [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30] },
  2079: { newYear: '2022-04-14', months: [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30] },
  2080: { newYear: '2023-04-14', months: [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30] },
  2081: { newYear: '2024-04-13', months: [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31] },
  2082: { newYear: '2025-04-14', months: [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30] },
  2083: { newYear: '2026-04-14', months: [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30] },
  2084: { newYear: '2027-04-14', months: [31, 31, 32, 31, 31, 30, 30, 30, 29, 30, 30, 30] },
  2085: { newYear: '2028-04-13', months: [31, 32, 31, 32, 30, 31, 30, 30, 29, 30, 30, 30] },
  2086: { newYear: '2029-04-14', months: [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30] },
  2087: { newYear: '2030-04-14', months: [31, 31, 32, 31, 31, 31, 30, 30, 29, 30, 30, 30] },
  2088: { newYear: '2031-04-15', months: [30, 31, 32, 32, 30, 31, 30, 30, 29, 30, 30, 30] },
  2089: { newYear: '2032-04-14', months: [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30] },
  2090: { newYear: '2033-04-14', months: [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30] },
};
