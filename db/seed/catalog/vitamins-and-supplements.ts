import type { CategoryCatalog } from './types';

export const vitaminsAndSupplements: CategoryCatalog = {
  category: {
    slug: 'vitamins-and-supplements',
    name: 'Vitamins and supplements',
    description: 'Vitamins, minerals, calcium and iron for deficiency and everyday nutrition.',
    keywords: 'vitamin supplement multivitamin nutrition tonic deficiency',
  },
  monographs: [
    {
      generic: 'Vitamin B complex with Vitamin C',
      rx: false,
      keywords: 'b complex becosules mouth ulcer',
      description: 'B vitamins with vitamin C to correct dietary deficiency, support recovery after illness, and treat mouth ulcers and cracked lips caused by deficiency.',
      usage: 'Adults: 1 capsule a day after food, or as advised.',
      warnings: 'May turn urine bright yellow; this is harmless. Do not take more than the stated dose.',
      brands: [
        ['Becosules', '', 'Capsule', '20 capsules', 'Pfizer', 45_00, 48_00],
        ['Becoplex', '', 'Capsule', '10 capsules', 'Time Pharmaceuticals', 20_00, 20_00],
      ],
    },
    {
      generic: 'Vitamin B1 + B6 + B12',
      rx: false,
      keywords: 'neurobion nerve vitamin tingling numbness',
      description: 'Nerve vitamins B1, B6 and B12 for deficiency, tingling and numbness, and general weakness.',
      usage: 'Adults: 1 tablet a day after food.',
      warnings: 'Long-term high doses of vitamin B6 can themselves cause numbness; do not exceed the dose.',
      brands: [['Neurobion Forte', '10 mg + 3 mg + 15 mcg', 'Tablet', '30 tablets', 'Procter & Gamble', 40_00, 40_00]],
    },
    {
      generic: 'Methylcobalamin',
      rx: false,
      keywords: 'vitamin b12 neuropathy',
      description: 'Active vitamin B12 for B12 deficiency and nerve problems such as diabetic neuropathy.',
      usage: 'Adults: 1 tablet a day, or as prescribed.',
      warnings: 'Generally well tolerated. People on long-term metformin or acid-reducing medicines should have B12 checked by a doctor.',
      brands: [
        ['Nurokind', '1500 mcg', 'Tablet', '10 tablets', 'Mankind Pharma', 90_00, 90_00],
        ['Mecobion', '1500 mcg', 'Tablet', '10 tablets', 'Quest Pharmaceuticals', 60_00, 60_00],
      ],
    },
    {
      generic: 'Calcium carbonate + Vitamin D3',
      rx: false,
      keywords: 'calcium d3 bones shelcal pregnancy',
      description: 'Calcium with vitamin D3 to keep bones strong: for deficiency, pregnancy and breastfeeding, and alongside osteoporosis treatment.',
      usage: 'Adults: 1 tablet once or twice a day after meals.',
      warnings:
        'May cause constipation or wind. Take iron, thyroid tablets and some antibiotics at least 2 hours apart. Not for people with high blood calcium or kidney stones unless advised.',
      brands: [
        ['Shelcal', '500 mg + 250 IU', 'Tablet', '15 tablets', 'Torrent Pharma', 110_00, 115_00],
        ['Cipcal', '500 mg + 250 IU', 'Tablet', '15 tablets', 'Cipla', 95_00, 95_00],
        ['Calvit-D3', '500 mg + 250 IU', 'Tablet', '10 tablets', 'Simca Laboratories', 50_00, 50_00],
      ],
    },
    {
      generic: 'Cholecalciferol (Vitamin D3)',
      rx: false,
      maxPerOrder: 4,
      keywords: 'vitamin d deficiency 60k weekly',
      description: 'A high-strength weekly vitamin D3 dose for vitamin D deficiency.',
      usage: 'Adults: 1 dose once a week for 8 weeks, then once a month, or as advised by your doctor.',
      warnings: 'Do not take more often than advised: too much vitamin D raises blood calcium. Tell your doctor about kidney stones or high calcium.',
      brands: [
        ['Calcirol', '60000 IU', 'Sachet', '1 sachet', 'Zydus', 60_00, 60_00],
        ['Uprise-D3', '60000 IU', 'Capsule', '4 capsules', 'Alkem', 130_00, 135_00],
        ['D-Vit', '60000 IU', 'Capsule', '4 capsules', 'Nepal Pharmaceuticals Lab', 80_00, 80_00],
      ],
    },
    {
      generic: 'Ascorbic acid (Vitamin C)',
      rx: false,
      keywords: 'vitamin c immunity chewable limcee',
      description: 'Chewable vitamin C for deficiency and as a supplement during recovery.',
      usage: 'Adults: chew 1 tablet a day.',
      warnings: 'High doses can upset the stomach and raise the risk of kidney stones in people prone to them. Contains sugar.',
      brands: [
        ['Limcee', '500 mg', 'Tablet', '15 tablets', 'Abbott', 25_00, 25_00],
        ['Celin', '500 mg', 'Tablet', '10 tablets', 'GSK', 30_00, 30_00],
      ],
    },
    {
      generic: 'Ferrous ascorbate + Folic acid',
      rx: false,
      keywords: 'iron tablet anaemia pregnancy haemoglobin',
      description: 'Iron with folic acid for iron-deficiency anaemia, common in pregnancy and in women with heavy periods.',
      usage: 'Adults: 1 tablet a day after food, or as advised.',
      warnings:
        'Turns stools black (harmless). May cause constipation or an upset stomach. Keep out of reach of children: an iron overdose is dangerous. Take 2 hours apart from calcium, antacids and tea.',
      brands: [
        ['Orofer XT', '100 mg + 1.5 mg', 'Tablet', '10 tablets', 'Emcure', 180_00, 185_00],
        ['Ferocare-XT', '100 mg + 1.5 mg', 'Tablet', '10 tablets', 'Lomus Pharmaceuticals', 90_00, 90_00],
      ],
    },
    {
      generic: 'Multivitamin and multimineral',
      rx: false,
      keywords: 'multivitamin daily tonic energy',
      description: 'A daily multivitamin and mineral supplement to fill gaps in the diet.',
      usage: 'Adults: 1 a day after breakfast.',
      warnings: 'Do not combine with other supplements containing vitamin A or iron unless advised. Keep away from children.',
      brands: [
        ['Revital H', '', 'Capsule', '30 capsules', 'Sun Pharma', 340_00, 350_00],
        ['Supradyn', '', 'Tablet', '15 tablets', 'Bayer', 60_00, 60_00],
        ['A to Z NS', '', 'Tablet', '15 tablets', 'Alkem', 110_00, 110_00],
      ],
    },
    {
      generic: 'Omega-3 fatty acids',
      rx: false,
      keywords: 'fish oil omega 3 epa dha',
      description: 'Fish-oil omega-3 fatty acids (EPA and DHA) as a dietary supplement and to help lower triglycerides.',
      usage: 'Adults: 1 capsule once or twice a day after food.',
      warnings: 'May cause fishy burps or loose stools. Ask a doctor first if you take blood thinners or are allergic to fish.',
      brands: [['Maxepa', '1000 mg', 'Capsule', '10 capsules', 'Procter & Gamble', 220_00, 230_00]],
    },
    {
      generic: 'Vitamin E (Tocopheryl acetate)',
      rx: false,
      keywords: 'vitamin e evion antioxidant',
      description: 'Vitamin E capsules for deficiency and as an antioxidant supplement.',
      usage: 'Adults: 1 capsule a day, or as advised.',
      warnings: 'High doses for long periods may increase bleeding, especially with blood thinners.',
      brands: [['Evion', '400 mg', 'Capsule', '10 capsules', 'Procter & Gamble', 35_00, 35_00]],
    },
  ],
};
