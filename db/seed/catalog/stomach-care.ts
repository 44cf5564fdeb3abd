import type { CategoryCatalog } from './types';

const PPI_WARNINGS =
  'See a doctor for difficulty swallowing, weight loss, vomiting blood or black stools. Long-term use can lower magnesium and vitamin B12 and should be reviewed by a doctor.';

export const stomachCare: CategoryCatalog = {
  category: {
    slug: 'stomach-care',
    name: 'Stomach care',
    description: 'Acidity, gastritis, nausea, diarrhoea, constipation and rehydration.',
    keywords: 'stomach gastric acidity gastritis indigestion digestion',
  },
  monographs: [
    {
      generic: 'Omeprazole',
      rx: false,
      keywords: 'ppi acid reflux heartburn gastric',
      description: 'A proton pump inhibitor that reduces stomach acid; used for heartburn, acid reflux, gastritis and stomach ulcers.',
      usage: 'Adults: 1 capsule once a day, 30 minutes before breakfast. For heartburn, use for up to 14 days unless a doctor advises longer.',
      warnings: PPI_WARNINGS,
      brands: [
        ['Omez', '20 mg', 'Capsule', '10 capsules', "Dr. Reddy's", 55_00, 58_00],
        ['Ocid', '20 mg', 'Capsule', '10 capsules', 'Zydus', 50_00, 50_00],
        ['Omecap', '20 mg', 'Capsule', '10 capsules', 'Asian Pharmaceuticals', 30_00, 30_00],
      ],
    },
    {
      generic: 'Pantoprazole',
      rx: true,
      keywords: 'ppi acid reflux gastritis ulcer pan 40',
      description: 'A proton pump inhibitor for acid reflux, gastritis and stomach or duodenal ulcers, and to protect the stomach during painkiller treatment.',
      usage: 'Adults: 1 tablet once a day before breakfast, swallowed whole, as prescribed.',
      warnings: PPI_WARNINGS,
      brands: [
        ['Pan', '40 mg', 'Tablet', '15 tablets', 'Alkem', 150_00, 155_00],
        ['Pantocid', '40 mg', 'Tablet', '15 tablets', 'Sun Pharma', 160_00, 160_00],
        ['Pantop', '40 mg', 'Tablet', '10 tablets', 'Aristo', 100_00, 100_00],
        ['Pantra', '40 mg', 'Tablet', '10 tablets', 'Curex Pharmaceuticals', 60_00, 60_00],
      ],
    },
    {
      generic: 'Rabeprazole',
      rx: true,
      keywords: 'ppi acid reflux gastritis',
      description: 'A proton pump inhibitor for acid reflux, gastritis and ulcers.',
      usage: 'Adults: 1 tablet once a day before breakfast, swallowed whole, as prescribed.',
      warnings: PPI_WARNINGS,
      brands: [
        ['Razo', '20 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 90_00, 95_00],
        ['Rablet', '20 mg', 'Tablet', '10 tablets', 'Lupin', 85_00, 85_00],
      ],
    },
    {
      generic: 'Esomeprazole',
      rx: true,
      keywords: 'ppi acid reflux ulcer',
      description: 'A proton pump inhibitor for reflux disease, ulcers and H. pylori treatment with antibiotics.',
      usage: 'Adults: 1 tablet once a day at least an hour before a meal, as prescribed.',
      warnings: PPI_WARNINGS,
      brands: [
        ['Nexpro', '40 mg', 'Tablet', '10 tablets', 'Torrent Pharma', 120_00, 125_00],
        ['Esoz', '40 mg', 'Tablet', '10 tablets', 'Glenmark', 110_00, 110_00],
      ],
    },
    {
      generic: 'Famotidine',
      rx: false,
      keywords: 'h2 blocker acidity heartburn',
      description: 'An H2 blocker that reduces stomach acid for heartburn and indigestion.',
      usage: 'Adults: 1 tablet twice a day, or 1 at bedtime, as needed.',
      warnings: 'See a doctor if symptoms last more than 2 weeks. The dose is lower in kidney disease.',
      brands: [['Famocid', '20 mg', 'Tablet', '14 tablets', 'Sun Pharma', 20_00, 20_00]],
    },
    {
      generic: 'Domperidone',
      rx: true,
      keywords: 'nausea vomiting bloating anti-sickness',
      description: 'An anti-sickness medicine for nausea and vomiting and the bloated, full feeling of indigestion.',
      usage: 'Adults: 1 tablet up to three times a day, 15 to 30 minutes before meals, for no more than 7 days.',
      warnings:
        'Can rarely cause heart rhythm problems: not for people with heart disease or taking certain antibiotics or antifungals. Do not take more than 30 mg a day.',
      brands: [
        ['Domstal', '10 mg', 'Tablet', '10 tablets', 'Torrent Pharma', 35_00, 35_00],
        ['Domper', '10 mg', 'Tablet', '10 tablets', 'Chemidrug Industries', 20_00, 20_00],
      ],
    },
    {
      generic: 'Ondansetron',
      rx: true,
      keywords: 'nausea vomiting anti-sickness',
      description: 'Prevents and treats nausea and vomiting, including after surgery, with chemotherapy and in gastroenteritis.',
      usage: 'Adults: 1 tablet up to three times a day, as prescribed. Mouth-dissolving tablets can be placed on the tongue.',
      warnings: 'May cause headache or constipation. Tell your doctor about heart rhythm problems.',
      brands: [
        ['Emeset', '4 mg', 'Tablet', '10 tablets', 'Cipla', 60_00, 60_00],
        ['Vomikind', '4 mg', 'Tablet', '10 tablets', 'Mankind Pharma', 45_00, 45_00],
      ],
    },
    {
      generic: 'Oral rehydration salts',
      rx: false,
      maxPerOrder: 30,
      reorderLevel: 50,
      keywords: 'ors jeevan jal nava jeevan dehydration diarrhoea loose motion',
      description:
        'Oral rehydration salts replace the water and salts lost through diarrhoea and vomiting. ORS with zinc is the first treatment for diarrhoea at any age.',
      usage:
        'Dissolve one sachet in 1 litre of clean, boiled and cooled drinking water. Sip often and give after every loose stool. Make a fresh solution every 24 hours.',
      warnings:
        'Use exactly 1 litre of water: too little water makes it harmful. See a doctor at once for blood in the stool, high fever, no urine, drowsiness, or a child who cannot drink.',
      brands: [
        ['Jeevan Jal', 'WHO formula, 1 litre', 'Sachet', '1 sachet', 'Nepal Drugs Limited', 15_00, 15_00],
        ['Nava Jeevan', 'WHO formula, 1 litre', 'Sachet', '1 sachet', 'CRS Company Nepal', 12_00, 12_00],
        ['Electral', 'WHO formula, 1 litre', 'Sachet', '1 sachet', 'FDC', 22_00, 22_00],
      ],
    },
    {
      generic: 'Loperamide',
      rx: false,
      keywords: 'diarrhoea loose motion',
      description: 'Slows the gut to reduce loose stools in short-term diarrhoea in adults.',
      usage: 'Adults: 2 capsules at first, then 1 after each loose stool. No more than 8 capsules in 24 hours. Drink plenty of fluids or ORS.',
      warnings: 'Do not use with blood in the stool, high fever, or for children under 12. Stop and see a doctor if diarrhoea lasts more than 48 hours.',
      brands: [
        ['Imodium', '2 mg', 'Capsule', '10 capsules', 'Johnson & Johnson', 40_00, 40_00],
        ['Eldoper', '2 mg', 'Capsule', '10 capsules', 'Micro Labs', 20_00, 20_00],
      ],
    },
    {
      generic: 'Aluminium hydroxide + Magnesium hydroxide + Simethicone',
      rx: false,
      maxPerOrder: 5,
      keywords: 'antacid gel acidity gas bloating digene',
      description: 'An antacid with an anti-gas ingredient that neutralises stomach acid and relieves heartburn, acidity and bloating.',
      usage: 'Adults: 10 to 20 ml (2 to 4 teaspoons) after meals and at bedtime, or as needed. Shake well.',
      warnings:
        'Take other medicines 2 hours apart: antacids reduce their absorption. Not for people with severe kidney disease. See a doctor if symptoms last more than 2 weeks.',
      brands: [
        ['Digene Mint', '', 'Suspension', '200 ml', 'Abbott', 150_00, 155_00],
        ['Gelusil MPS', '', 'Suspension', '200 ml', 'Pfizer', 120_00, 125_00],
      ],
    },
    {
      generic: 'Ispaghula husk',
      rx: false,
      maxPerOrder: 5,
      keywords: 'isabgol fibre constipation',
      description: 'A natural fibre that softens stools and eases constipation; it also helps some people with irritable bowel.',
      usage: 'Adults: 1 to 2 teaspoons stirred into a glass of water or milk and drunk at once, once or twice a day. Drink plenty of water through the day.',
      warnings: 'Always take with plenty of water: it can choke if taken dry. Do not take just before lying down. Not for bowel obstruction.',
      brands: [['Sat Isabgol', '', 'Powder', '100 g', 'Dabur', 140_00, 145_00]],
    },
    {
      generic: 'Lactulose',
      rx: false,
      maxPerOrder: 5,
      keywords: 'laxative constipation',
      description: 'An osmotic laxative that draws water into the bowel to soften stools; suitable for long-term constipation and in pregnancy.',
      usage: 'Adults: 15 to 30 ml once a day, adjusted to give one soft stool a day. It takes 1 to 2 days to work.',
      warnings: 'May cause wind and cramps at first. Not for people with galactosaemia. Contains some sugars: people with diabetes should ask first.',
      brands: [['Duphalac', '10 g per 15 ml', 'Syrup', '200 ml', 'Abbott', 300_00, 310_00]],
    },
    {
      generic: 'Saccharomyces boulardii',
      rx: false,
      keywords: 'probiotic diarrhoea antibiotic diarrhoea',
      description: 'A probiotic yeast that helps prevent and shorten diarrhoea, including diarrhoea caused by antibiotics.',
      usage: 'Adults and children: 1 sachet twice a day mixed into water or cool food, as advised.',
      warnings: 'Not for people with a central venous line or a severely weakened immune system.',
      brands: [['Econorm', '250 mg', 'Sachet', '1 sachet', "Dr. Reddy's", 45_00, 45_00]],
    },
    {
      generic: 'Hyoscine butylbromide',
      rx: false,
      keywords: 'buscopan stomach cramps colic period cramps antispasmodic',
      description: 'An antispasmodic that relaxes the gut to relieve abdominal cramps, including cramps from irritable bowel and periods.',
      usage: 'Adults: 1 to 2 tablets up to four times a day as needed.',
      warnings:
        'May cause dry mouth, blurred vision or a fast heartbeat. Not for people with glaucoma, myasthenia gravis or urinary retention. See a doctor for severe or lasting abdominal pain.',
      brands: [['Buscopan', '10 mg', 'Tablet', '10 tablets', 'Sanofi', 50_00, 52_00]],
    },
  ],
};
