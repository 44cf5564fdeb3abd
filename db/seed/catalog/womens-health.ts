import type { CategoryCatalog } from './types';

export const womensHealth: CategoryCatalog = {
  category: {
    slug: 'womens-health',
    name: "Women's health",
    description: 'Contraception, pregnancy care, period care and treatments for common women’s health conditions.',
    keywords: 'women female pregnancy period menstrual contraception family planning',
  },
  monographs: [
    {
      generic: 'Folic acid',
      rx: false,
      keywords: 'folate pregnancy anaemia vitamin b9',
      description: 'Folic acid (vitamin B9) to treat folate-deficiency anaemia; also taken in high dose before and in early pregnancy when a doctor advises.',
      usage: 'Adults: 1 tablet a day, or as prescribed.',
      warnings:
        'The usual dose when planning a pregnancy is 400 micrograms; this 5 mg strength is for those advised by a doctor. Do not use it alone to treat vitamin B12 deficiency.',
      brands: [
        ['Folvite', '5 mg', 'Tablet', '30 tablets', 'Pfizer', 45_00, 45_00],
        ['Folinep', '5 mg', 'Tablet', '30 tablets', 'Simca Laboratories', 25_00, 25_00],
      ],
    },
    {
      generic: 'Levonorgestrel',
      rx: false,
      maxPerOrder: 2,
      keywords: 'emergency contraceptive pill morning after pill i-pill',
      description: 'Emergency contraception that helps prevent pregnancy after unprotected sex or contraceptive failure.',
      usage: 'Take 1 tablet as soon as possible, ideally within 12 hours and no later than 72 hours after unprotected sex.',
      warnings:
        'Not for regular contraception and does not protect against sexually transmitted infections. Take another dose if you vomit within 3 hours. See a doctor if your period is more than 7 days late.',
      brands: [
        ['i-pill', '1.5 mg', 'Tablet', '1 tablet', 'Piramal', 110_00, 110_00],
        ['Unwanted-72', '1.5 mg', 'Tablet', '1 tablet', 'Mankind Pharma', 100_00, 100_00],
      ],
    },
    {
      generic: 'Levonorgestrel + Ethinylestradiol',
      rx: false,
      maxPerOrder: 6,
      keywords: 'birth control pill oral contraceptive family planning',
      description: 'A daily combined contraceptive pill that prevents ovulation; it can also make periods lighter and more regular.',
      usage: 'Take 1 tablet at the same time every day, following the arrows on the pack. Start on the first day of your period.',
      warnings:
        'Not suitable if you smoke and are over 35, or have had blood clots, stroke, migraine with aura or breast cancer. Get help for leg pain or swelling, chest pain or sudden breathlessness. Does not protect against STIs.',
      brands: [
        ['Nilocon White', '0.15 mg + 0.03 mg', 'Tablet', '28 tablets (1 cycle)', 'CRS Company Nepal', 15_00, 15_00],
        ['Ovral-L', '0.15 mg + 0.03 mg', 'Tablet', '21 tablets (1 cycle)', 'Pfizer', 80_00, 80_00],
      ],
    },
    {
      generic: 'Tranexamic acid',
      rx: true,
      keywords: 'heavy periods bleeding menorrhagia',
      description: 'Reduces heavy menstrual bleeding and other bleeding by helping blood clots hold.',
      usage: 'Adults: 2 tablets three times a day for up to 4 days from the start of a period, or as prescribed.',
      warnings: 'Not for people who have had blood clots. Avoid with combined hormonal contraceptives unless a doctor agrees.',
      brands: [
        ['Pause', '500 mg', 'Tablet', '10 tablets', 'Emcure', 180_00, 190_00],
        ['Tranex', '500 mg', 'Tablet', '10 tablets', 'Curex Pharmaceuticals', 110_00, 110_00],
      ],
    },
    {
      generic: 'Clotrimazole',
      rx: true,
      maxPerOrder: 2,
      keywords: 'vaginal thrush yeast infection candid v6',
      description: 'Antifungal vaginal tablets for vaginal thrush (yeast infection).',
      usage: 'Insert 1 tablet high into the vagina with the applicator at bedtime for 6 nights.',
      warnings: 'See a doctor if this is your first infection, if you are pregnant, or if symptoms keep coming back. Can weaken latex condoms.',
      brands: [['Candid-V6', '100 mg', 'Tablet', '6 vaginal tablets', 'Glenmark', 120_00, 125_00]],
    },
    {
      generic: 'Norethisterone',
      rx: true,
      keywords: 'delay period irregular periods progestogen',
      description: 'A progestogen used to delay a period and to treat heavy or irregular periods.',
      usage: 'To delay a period: 1 tablet three times a day, starting 3 days before the expected period, as prescribed.',
      warnings: 'Not for use in pregnancy, or with a history of blood clots or liver disease.',
      brands: [['Primolut-N', '5 mg', 'Tablet', '10 tablets', 'Bayer', 90_00, 95_00]],
    },
    {
      generic: 'Pregnancy test (hCG)',
      rx: false,
      maxPerOrder: 3,
      keywords: 'pregnancy test kit prega news',
      description: 'A home urine pregnancy test card that detects the pregnancy hormone hCG from the day your period is due.',
      usage: 'Collect morning urine, add 3 to 4 drops with the dropper to the sample well, and read the result after 5 minutes.',
      warnings: 'An early negative result may be wrong: test again in 3 days if your period has not started. Confirm a positive result with a health worker.',
      brands: [['Prega News', '', 'Kit', '1 test card', 'Mankind Pharma', 60_00, 60_00]],
    },
    {
      generic: 'Sanitary pads (XL)',
      rx: false,
      maxPerOrder: 10,
      keywords: 'sanitary napkin pads period menstrual',
      description: 'Extra-long sanitary pads with wings for heavy flow days.',
      usage: 'Change every 4 to 6 hours, or sooner on heavy days.',
      warnings: 'Wrap used pads and dispose of them in a bin; do not flush.',
      brands: [
        ['Whisper Ultra Clean XL', '', 'Dressing', '7 pads', 'Procter & Gamble', 110_00, 110_00],
        ['Stayfree Secure XL', '', 'Dressing', '7 pads', 'Edgewell', 80_00, 80_00],
      ],
    },
  ],
};
