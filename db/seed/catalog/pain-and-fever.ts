import type { CategoryCatalog } from './types';

const PARACETAMOL_WARNINGS =
  'Do not take with any other medicine that contains paracetamol. An overdose can cause serious liver damage even if you feel well: get help at once. Ask a doctor first if you have liver disease or drink alcohol regularly.';

export const painAndFever: CategoryCatalog = {
  category: {
    slug: 'pain-and-fever',
    name: 'Pain and fever',
    description: 'Painkillers and fever reducers for headache, body ache, toothache, sprains and period pain.',
    keywords: 'painkiller analgesic fever headache body ache',
  },
  monographs: [
    {
      generic: 'Paracetamol',
      rx: false,
      keywords: 'acetaminophen cetamol fever tablet',
      description:
        'Paracetamol relieves mild to moderate pain and lowers fever. It is gentle on the stomach and is the usual first choice for headache, toothache, body ache and fever.',
      usage: 'Adults and children over 12: 1 to 2 tablets every 4 to 6 hours as needed. Do not take more than 8 tablets (4 g) in 24 hours.',
      warnings: PARACETAMOL_WARNINGS,
      brands: [
        ['Cetamol', '500 mg', 'Tablet', '10 tablets', 'Nepal Drugs Limited', 10_00, 10_00],
        ['Cetophen', '500 mg', 'Tablet', '10 tablets', 'Lomus Pharmaceuticals', 12_00, 12_00],
        ['Calpol', '500 mg', 'Tablet', '15 tablets', 'GSK', 22_00, 24_00],
        ['Crocin Advance', '500 mg', 'Tablet', '15 tablets', 'Haleon', 30_00, 32_00],
        ['Paracip', '500 mg', 'Tablet', '10 tablets', 'Cipla', 14_00, 15_00],
      ],
    },
    {
      generic: 'Paracetamol',
      rx: false,
      keywords: 'acetaminophen dolo fever tablet',
      description: 'A higher-strength paracetamol tablet for fever and pain in adults, such as after vaccination or with flu.',
      usage: 'Adults: 1 tablet every 6 hours as needed. Do not take more than 6 tablets in 24 hours. Not for children under 12.',
      warnings: PARACETAMOL_WARNINGS,
      brands: [
        ['Dolo', '650 mg', 'Tablet', '15 tablets', 'Micro Labs', 33_00, 33_00],
        ['Calpol', '650 mg', 'Tablet', '15 tablets', 'GSK', 30_00, 34_00],
      ],
    },
    {
      generic: 'Ibuprofen',
      rx: false,
      keywords: 'nsaid anti-inflammatory sprain toothache period pain',
      description:
        'Ibuprofen is a non-steroidal anti-inflammatory drug (NSAID) that eases pain, swelling and fever, for example from sprains, dental pain and period pain.',
      usage: 'Adults: 1 tablet up to three times a day after food, at least 6 hours apart. Do not take more than 3 tablets (1,200 mg) a day without medical advice.',
      warnings:
        'Take with food. Avoid if you have a stomach ulcer, kidney disease, heart failure or asthma made worse by NSAIDs, and in the last three months of pregnancy. Do not combine with other NSAIDs such as diclofenac or aspirin.',
      brands: [
        ['Brufen', '400 mg', 'Tablet', '15 tablets', 'Abbott', 32_00, 35_00],
        ['Ibugesic', '400 mg', 'Tablet', '10 tablets', 'Cipla', 20_00, 20_00],
        ['Ibuflam', '400 mg', 'Tablet', '10 tablets', 'Deurali-Janta Pharmaceuticals', 15_00, 15_00],
      ],
    },
    {
      generic: 'Ibuprofen + Paracetamol',
      rx: false,
      keywords: 'flexon combiflam body ache fever',
      description: 'Combines ibuprofen, an anti-inflammatory painkiller, with paracetamol for stronger relief of pain and fever than either alone at these doses.',
      usage: 'Adults: 1 tablet up to three times a day after food, at least 6 hours apart. Not for children under 12.',
      warnings:
        'Contains paracetamol: do not take other paracetamol products. Avoid with stomach ulcers, kidney disease, heart failure or in late pregnancy. Take with food.',
      brands: [
        ['Flexon', '400 mg + 325 mg', 'Tablet', '10 tablets', 'Aristo', 25_00, 25_00],
        ['Combiflam', '400 mg + 325 mg', 'Tablet', '20 tablets', 'Sanofi', 45_00, 48_00],
      ],
    },
    {
      generic: 'Diclofenac diethylamine',
      rx: false,
      keywords: 'pain relief gel muscle joint back pain sprain topical',
      maxPerOrder: 5,
      description: 'A topical anti-inflammatory gel that relieves local pain and swelling in muscles and joints, such as sprains, strains, back pain and mild arthritis.',
      usage: 'Rub gently into the painful area 3 to 4 times a day. Wash your hands afterwards unless you are treating them.',
      warnings: 'For external use only. Do not apply to broken skin, eyes or mouth. Stop if a rash develops. Avoid in the last three months of pregnancy.',
      brands: [
        ['Voveran Emulgel', '1.16% w/w', 'Gel', '30 g', 'Haleon', 160_00, 170_00],
        ['Diclorel', '1.16% w/w', 'Gel', '30 g', 'Quest Pharmaceuticals', 95_00, 100_00],
      ],
    },
    {
      generic: 'Diclofenac + Methyl salicylate + Linseed oil + Menthol',
      rx: false,
      keywords: 'volini pain relief gel muscle joint back pain',
      maxPerOrder: 5,
      description: 'A pain-relief gel combining diclofenac with warming and cooling ingredients for back pain, muscle strain, sprains and joint stiffness.',
      usage: 'Apply a thin layer and rub in gently 3 to 4 times a day. Wash your hands afterwards.',
      warnings: 'For external use only. Avoid broken skin, eyes and mouth. Not for children under 12, people allergic to aspirin, or in late pregnancy.',
      brands: [['Volini', '1.16% + 10% + 3% + 5%', 'Gel', '30 g', 'Sun Pharma', 140_00, 150_00]],
    },
    {
      generic: 'Diclofenac sodium',
      rx: true,
      keywords: 'nsaid anti-inflammatory arthritis back pain',
      description: 'Diclofenac is an NSAID used for pain and inflammation from arthritis, back pain, injuries and after minor surgery.',
      usage: 'Adults: 1 tablet two to three times a day with or after food, as prescribed.',
      warnings:
        'Can cause stomach bleeding, raise blood pressure and affect the kidneys. Not for people with heart disease, stomach ulcers or in late pregnancy. Use the lowest dose for the shortest time.',
      brands: [
        ['Voveran', '50 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 25_00, 25_00],
        ['Diclofen', '50 mg', 'Tablet', '10 tablets', 'Asian Pharmaceuticals', 12_00, 12_00],
      ],
    },
    {
      generic: 'Aceclofenac + Paracetamol',
      rx: true,
      keywords: 'zerodol joint pain back pain dental pain',
      description: 'Aceclofenac, an anti-inflammatory painkiller, with paracetamol for joint pain, back pain, dental pain and inflammation.',
      usage: 'Adults: 1 tablet twice a day after food, as prescribed.',
      warnings:
        'Contains paracetamol: do not take other paracetamol products. Not for people with stomach ulcers, heart failure, kidney disease or in late pregnancy.',
      brands: [
        ['Zerodol-P', '100 mg + 325 mg', 'Tablet', '10 tablets', 'Ipca', 70_00, 72_00],
        ['Hifenac-P', '100 mg + 325 mg', 'Tablet', '10 tablets', 'Intas', 65_00, 65_00],
      ],
    },
    {
      generic: 'Etoricoxib',
      rx: true,
      keywords: 'cox-2 arthritis gout joint pain',
      description: 'Etoricoxib is a COX-2 selective anti-inflammatory for osteoarthritis, rheumatoid arthritis, gout attacks and pain after dental surgery.',
      usage: 'Adults: 1 tablet once a day as prescribed; the dose and duration depend on the condition.',
      warnings:
        'Can raise blood pressure and the risk of heart attack or stroke. Not for people with heart disease, uncontrolled high blood pressure or severe kidney problems.',
      brands: [
        ['Nucoxia', '90 mg', 'Tablet', '10 tablets', 'Zydus', 150_00, 160_00],
        ['Etoshine', '90 mg', 'Tablet', '10 tablets', 'Sun Pharma', 140_00, 140_00],
      ],
    },
    {
      generic: 'Aspirin',
      rx: false,
      keywords: 'disprin soluble headache fever',
      description: 'Soluble aspirin for quick relief of headache, toothache, period pain and fever in adults.',
      usage: 'Adults: dissolve 1 to 2 tablets in half a glass of water every 4 to 6 hours if needed, after food. No more than 8 tablets in 24 hours.',
      warnings:
        'Do not give to children under 16 (risk of Reye\'s syndrome). Avoid with stomach ulcers, bleeding disorders, aspirin-sensitive asthma, or if you take blood thinners.',
      brands: [['Disprin', '350 mg', 'Tablet', '10 tablets', 'Reckitt', 12_00, 12_00]],
    },
    {
      generic: 'Mefenamic acid',
      rx: true,
      keywords: 'meftal period pain menstrual cramps',
      description: 'Mefenamic acid is an anti-inflammatory painkiller often prescribed for period pain and heavy periods, and for mild to moderate pain.',
      usage: 'Adults: 1 tablet three times a day with food, usually for no more than 7 days.',
      warnings:
        'Stop and see a doctor if you get diarrhoea or a rash. Avoid with stomach ulcers, kidney disease, inflammatory bowel disease or in pregnancy.',
      brands: [['Meftal', '500 mg', 'Tablet', '10 tablets', 'Blue Cross', 40_00, 40_00]],
    },
    {
      generic: 'Paracetamol + Propyphenazone + Caffeine',
      rx: false,
      keywords: 'saridon headache migraine',
      description: 'A headache tablet combining two painkillers with caffeine for fast relief of headache, toothache and body pain.',
      usage: 'Adults: 1 to 2 tablets when needed, up to 3 times a day, with water.',
      warnings:
        'Contains paracetamol: do not take other paracetamol products. Caffeine may cause sleeplessness. Not for children under 12 or for regular long-term use.',
      brands: [['Saridon', '250 mg + 150 mg + 50 mg', 'Tablet', '10 tablets', 'Bayer', 30_00, 30_00]],
    },
  ],
};
