import type { CategoryCatalog } from './types';

const SULFONYLUREA_WARNINGS =
  'Can cause low blood sugar (shaking, sweating, confusion): eat regular meals and carry glucose or sweets. Tell your doctor about kidney or liver problems.';
const METFORMIN_WARNINGS =
  'Nausea and loose stools are common at first. Stop and get help for severe vomiting, dehydration or unusual breathlessness. Your doctor may pause it before surgery or contrast X-ray scans.';
const INSULIN_STORAGE = 'Store unopened vials or pens in a refrigerator (2 to 8 °C); never freeze.';

// Diabetes medicines are prescription-only: doses are set and adjusted by the treating doctor.
export const diabetes: CategoryCatalog = {
  category: {
    slug: 'diabetes',
    name: 'Diabetes',
    description: 'Prescription medicines and insulin for type 1 and type 2 diabetes.',
    keywords: 'diabetes sugar blood glucose madhumeha antidiabetic',
  },
  monographs: [
    {
      generic: 'Metformin',
      rx: true,
      keywords: 'type 2 diabetes biguanide',
      description:
        'Metformin lowers blood sugar in type 2 diabetes by reducing the sugar made by the liver and helping the body use insulin. It does not cause weight gain.',
      usage: 'Adults: usually 1 tablet two to three times a day with or after meals, as prescribed. Doses are increased slowly.',
      warnings: METFORMIN_WARNINGS,
      brands: [
        ['Glycomet', '500 mg', 'Tablet', '20 tablets', 'USV', 30_00, 32_00],
        ['Metfor', '500 mg', 'Tablet', '10 tablets', 'Deurali-Janta Pharmaceuticals', 12_00, 12_00],
        ['Glyciphage', '500 mg', 'Tablet', '20 tablets', 'Franco-Indian', 28_00, 28_00],
      ],
    },
    {
      generic: 'Metformin (sustained release)',
      rx: true,
      keywords: 'metformin sr er type 2 diabetes',
      description: 'A once-daily, slow-release metformin that causes fewer stomach side effects than the standard tablet.',
      usage: 'Adults: 1 to 2 tablets once a day with the evening meal, swallowed whole, as prescribed.',
      warnings: METFORMIN_WARNINGS,
      brands: [
        ['Glycomet SR', '500 mg', 'Tablet', '20 tablets', 'USV', 40_00, 42_00],
        ['Obimet SR', '500 mg', 'Tablet', '20 tablets', 'Abbott', 38_00, 38_00],
      ],
    },
    {
      generic: 'Glimepiride',
      rx: true,
      keywords: 'sulfonylurea amaryl type 2 diabetes',
      description: 'A sulfonylurea that helps the pancreas release more insulin, used for type 2 diabetes.',
      usage: 'Adults: 1 tablet once a day with breakfast or the first main meal, as prescribed.',
      warnings: SULFONYLUREA_WARNINGS,
      brands: [
        ['Amaryl', '1 mg', 'Tablet', '30 tablets', 'Sanofi', 230_00, 240_00],
        ['Glimy', '1 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 45_00, 45_00],
        ['Glimer', '1 mg', 'Tablet', '10 tablets', 'Lomus Pharmaceuticals', 25_00, 25_00],
        ['Amaryl', '2 mg', 'Tablet', '30 tablets', 'Sanofi', 400_00, 420_00],
        ['Glimestar', '2 mg', 'Tablet', '10 tablets', 'Mankind Pharma', 60_00, 60_00],
      ],
    },
    {
      generic: 'Glimepiride + Metformin',
      rx: true,
      keywords: 'gp combination type 2 diabetes',
      description: 'Glimepiride and metformin in one tablet for type 2 diabetes that one medicine alone no longer controls.',
      usage: 'Adults: 1 tablet once or twice a day with meals, as prescribed.',
      warnings: `${SULFONYLUREA_WARNINGS} Metformin may upset the stomach at first.`,
      brands: [
        ['Glycomet-GP 1', '1 mg + 500 mg', 'Tablet', '15 tablets', 'USV', 100_00, 105_00],
        ['Gluconorm-G 1', '1 mg + 500 mg', 'Tablet', '15 tablets', 'Lupin', 95_00, 95_00],
      ],
    },
    {
      generic: 'Gliclazide',
      rx: true,
      keywords: 'sulfonylurea type 2 diabetes',
      description: 'A sulfonylurea for type 2 diabetes that increases insulin release from the pancreas.',
      usage: 'Adults: half to 2 tablets a day with breakfast, or split with the evening meal at higher doses, as prescribed.',
      warnings: SULFONYLUREA_WARNINGS,
      brands: [
        ['Reclide', '80 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 60_00, 60_00],
        ['Glizid', '80 mg', 'Tablet', '10 tablets', 'Panacea Biotec', 55_00, 55_00],
      ],
    },
    {
      generic: 'Sitagliptin',
      rx: true,
      keywords: 'dpp-4 gliptin januvia type 2 diabetes',
      description: "A DPP-4 inhibitor that boosts the body's own insulin after meals in type 2 diabetes; on its own it rarely causes low blood sugar.",
      usage: 'Adults: 1 tablet once a day, with or without food.',
      warnings: 'Stop and see a doctor for severe, persistent stomach pain (possible pancreatitis). The dose is lower in kidney disease.',
      brands: [
        ['Januvia', '100 mg', 'Tablet', '7 tablets', 'MSD', 350_00, 380_00],
        ['Istavel', '100 mg', 'Tablet', '7 tablets', 'Sun Pharma', 230_00, 230_00],
      ],
    },
    {
      generic: 'Vildagliptin',
      rx: true,
      keywords: 'dpp-4 gliptin galvus type 2 diabetes',
      description: 'A DPP-4 inhibitor that helps control blood sugar in type 2 diabetes, alone or with metformin.',
      usage: 'Adults: 1 tablet twice a day (morning and evening), as prescribed.',
      warnings: 'Your doctor will check liver function before and during treatment. Stop and get advice for severe stomach pain.',
      brands: [
        ['Galvus', '50 mg', 'Tablet', '15 tablets', 'Novartis', 300_00, 310_00],
        ['Jalra', '50 mg', 'Tablet', '15 tablets', 'USV', 250_00, 260_00],
      ],
    },
    {
      generic: 'Teneligliptin',
      rx: true,
      keywords: 'dpp-4 gliptin type 2 diabetes',
      description: 'A once-daily DPP-4 inhibitor for type 2 diabetes, widely prescribed in South Asia.',
      usage: 'Adults: 1 tablet once a day, as prescribed.',
      warnings: 'Tell your doctor about heart rhythm problems or liver disease. Stop and get advice for severe stomach pain.',
      brands: [
        ['Zita', '20 mg', 'Tablet', '15 tablets', 'Glenmark', 140_00, 150_00],
        ['Tenelip', '20 mg', 'Tablet', '10 tablets', 'Quest Pharmaceuticals', 90_00, 90_00],
      ],
    },
    {
      generic: 'Dapagliflozin',
      rx: true,
      keywords: 'sglt2 gliflozin forxiga heart failure kidney',
      description:
        'An SGLT2 inhibitor that lowers blood sugar by passing extra sugar out in the urine; it also protects the heart and kidneys.',
      usage: 'Adults: 1 tablet once a day, at any time, with or without food.',
      warnings:
        'Drink enough fluids and keep the genital area clean: genital and urinary infections are more common. Stop before planned surgery, and get help at once for nausea, vomiting or stomach pain (rare ketoacidosis).',
      brands: [
        ['Forxiga', '10 mg', 'Tablet', '14 tablets', 'AstraZeneca', 560_00, 590_00],
        ['Oxra', '10 mg', 'Tablet', '14 tablets', 'Sun Pharma', 480_00, 480_00],
      ],
    },
    {
      generic: 'Empagliflozin',
      rx: true,
      keywords: 'sglt2 gliflozin jardiance heart',
      description: 'An SGLT2 inhibitor for type 2 diabetes that also lowers the risk of heart failure and cardiovascular death.',
      usage: 'Adults: 1 tablet once a day in the morning, with or without food.',
      warnings:
        'Drink enough fluids; genital and urinary infections are more common. Stop before planned surgery, and get help at once for nausea, vomiting or stomach pain.',
      brands: [['Jardiance', '10 mg', 'Tablet', '10 tablets', 'Boehringer Ingelheim', 550_00, 580_00]],
    },
    {
      generic: 'Pioglitazone',
      rx: true,
      keywords: 'glitazone type 2 diabetes insulin resistance',
      description: 'Improves the body’s response to insulin in type 2 diabetes.',
      usage: 'Adults: 1 tablet once a day, as prescribed.',
      warnings: 'Can cause fluid retention and weight gain. Not for people with heart failure, liver disease or a history of bladder cancer.',
      brands: [['Pioz', '15 mg', 'Tablet', '10 tablets', 'USV', 60_00, 60_00]],
    },
    {
      generic: 'Human insulin (premixed 30/70)',
      rx: true,
      maxPerOrder: 5,
      reorderLevel: 5,
      keywords: 'insulin injection mixtard',
      description: 'A premixed human insulin (30% fast-acting, 70% intermediate-acting) for diabetes that needs insulin.',
      usage: 'Inject under the skin 30 minutes before breakfast and dinner, as prescribed, with a U-40 insulin syringe. Rotate injection sites.',
      warnings: `Never use a U-100 syringe with a 40 IU/ml vial. Low blood sugar can happen: carry glucose. ${INSULIN_STORAGE}`,
      brands: [
        ['Human Mixtard 30/70', '40 IU/ml', 'Injection', '10 ml vial', 'Novo Nordisk', 520_00, 550_00],
        ['Huminsulin 30/70', '40 IU/ml', 'Injection', '10 ml vial', 'Eli Lilly', 490_00, 490_00],
      ],
    },
    {
      generic: 'Insulin glargine',
      rx: true,
      maxPerOrder: 5,
      reorderLevel: 5,
      keywords: 'insulin pen basal long-acting lantus',
      description: 'A long-acting insulin that gives a steady background level for about 24 hours.',
      usage: 'Inject under the skin once a day at the same time each day, as prescribed.',
      warnings: `Do not mix with other insulins. Watch for low blood sugar. ${INSULIN_STORAGE} The pen in use can stay at room temperature for up to 28 days.`,
      brands: [
        ['Lantus SoloStar', '100 IU/ml', 'Injection', '3 ml prefilled pen', 'Sanofi', 1250_00, 1300_00],
        ['Basalog One', '100 IU/ml', 'Injection', '3 ml prefilled pen', 'Biocon', 780_00, 800_00],
      ],
    },
  ],
};
