import type { CategoryCatalog } from './types';

const ARB_WARNINGS =
  'Not for use in pregnancy. May raise potassium: avoid potassium supplements and salt substitutes unless advised. Dizziness can occur at first.';
const STATIN_WARNINGS =
  'Tell your doctor about unexplained muscle pain or weakness. Not for use in pregnancy or breastfeeding. Avoid large amounts of grapefruit juice.';
const DIURETIC_NOTE = 'Take in the morning; you will pass more urine for a few hours. Your doctor may check your salts and kidney function.';

// Heart and blood-pressure medicines are prescription-only and are never stopped without advice.
export const heartAndBloodPressure: CategoryCatalog = {
  category: {
    slug: 'heart-and-blood-pressure',
    name: 'Heart and blood pressure',
    description: 'Prescription medicines for high blood pressure, cholesterol, angina, heart failure and clot prevention.',
    keywords: 'blood pressure hypertension bp cardiac heart cholesterol',
  },
  monographs: [
    {
      generic: 'Amlodipine',
      rx: true,
      keywords: 'calcium channel blocker amlopin high bp',
      description: 'A calcium-channel blocker that relaxes blood vessels to lower blood pressure and prevent angina.',
      usage: 'Adults: 1 tablet once a day at the same time each day, as prescribed.',
      warnings: 'May cause ankle swelling, flushing or headache. Do not stop suddenly without advice.',
      brands: [
        ['Amlopin', '5 mg', 'Tablet', '10 tablets', 'Lomus Pharmaceuticals', 20_00, 20_00],
        ['Amlong', '5 mg', 'Tablet', '10 tablets', 'Micro Labs', 35_00, 35_00],
        ['Stamlo', '5 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 45_00, 48_00],
        ['Amlodac', '5 mg', 'Tablet', '10 tablets', 'Zydus', 38_00, 38_00],
        ['Amlong', '10 mg', 'Tablet', '10 tablets', 'Micro Labs', 60_00, 60_00],
        ['Amlopin', '10 mg', 'Tablet', '10 tablets', 'Lomus Pharmaceuticals', 35_00, 35_00],
      ],
    },
    {
      generic: 'Losartan potassium',
      rx: true,
      keywords: 'arb sartan high bp kidney protection',
      description: 'An angiotensin receptor blocker (ARB) that lowers blood pressure and protects the kidneys in diabetes.',
      usage: 'Adults: 1 tablet once a day, as prescribed.',
      warnings: ARB_WARNINGS,
      brands: [
        ['Losar', '50 mg', 'Tablet', '10 tablets', 'Unichem', 70_00, 72_00],
        ['Repace', '50 mg', 'Tablet', '10 tablets', 'Sun Pharma', 75_00, 75_00],
        ['Losacar', '50 mg', 'Tablet', '10 tablets', 'Zydus', 68_00, 68_00],
        ['Losatan', '50 mg', 'Tablet', '10 tablets', 'Time Pharmaceuticals', 40_00, 40_00],
      ],
    },
    {
      generic: 'Losartan + Hydrochlorothiazide',
      rx: true,
      keywords: 'arb diuretic combination high bp',
      description: 'Losartan with a thiazide diuretic in one tablet for blood pressure that needs two medicines.',
      usage: 'Adults: 1 tablet once a day in the morning, as prescribed.',
      warnings: `${ARB_WARNINGS} ${DIURETIC_NOTE}`,
      brands: [
        ['Losar-H', '50 mg + 12.5 mg', 'Tablet', '10 tablets', 'Unichem', 90_00, 92_00],
        ['Repace-H', '50 mg + 12.5 mg', 'Tablet', '10 tablets', 'Sun Pharma', 95_00, 95_00],
      ],
    },
    {
      generic: 'Telmisartan',
      rx: true,
      keywords: 'arb sartan telma high bp',
      description: 'An ARB that lowers blood pressure and reduces the risk of heart attack and stroke.',
      usage: 'Adults: 1 tablet once a day, as prescribed.',
      warnings: ARB_WARNINGS,
      brands: [
        ['Telma', '40 mg', 'Tablet', '15 tablets', 'Glenmark', 150_00, 160_00],
        ['Telmikind', '40 mg', 'Tablet', '10 tablets', 'Mankind Pharma', 70_00, 70_00],
        ['Telsartan', '40 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 95_00, 95_00],
        ['Telmi', '40 mg', 'Tablet', '10 tablets', 'Siddhartha Pharmaceuticals', 55_00, 55_00],
      ],
    },
    {
      generic: 'Telmisartan + Hydrochlorothiazide',
      rx: true,
      keywords: 'arb diuretic combination telma h',
      description: 'Telmisartan with a thiazide diuretic for blood pressure not controlled by one medicine.',
      usage: 'Adults: 1 tablet once a day in the morning, as prescribed.',
      warnings: `${ARB_WARNINGS} ${DIURETIC_NOTE}`,
      brands: [
        ['Telma-H', '40 mg + 12.5 mg', 'Tablet', '15 tablets', 'Glenmark', 200_00, 210_00],
        ['Telsartan-H', '40 mg + 12.5 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 120_00, 120_00],
      ],
    },
    {
      generic: 'Atorvastatin',
      rx: true,
      keywords: 'statin cholesterol lipid',
      description: 'A statin that lowers LDL ("bad") cholesterol and reduces the risk of heart attack and stroke.',
      usage: 'Adults: 1 tablet once a day at any time, as prescribed.',
      warnings: STATIN_WARNINGS,
      brands: [
        ['Atorva', '10 mg', 'Tablet', '15 tablets', 'Zydus', 110_00, 115_00],
        ['Storvas', '10 mg', 'Tablet', '15 tablets', 'Sun Pharma', 105_00, 105_00],
        ['Tonact', '10 mg', 'Tablet', '15 tablets', 'Lupin', 100_00, 100_00],
        ['Atorin', '10 mg', 'Tablet', '10 tablets', 'National Healthcare', 45_00, 45_00],
        ['Atorva', '20 mg', 'Tablet', '15 tablets', 'Zydus', 180_00, 190_00],
        ['Storvas', '20 mg', 'Tablet', '15 tablets', 'Sun Pharma', 175_00, 175_00],
      ],
    },
    {
      generic: 'Rosuvastatin',
      rx: true,
      keywords: 'statin cholesterol lipid',
      description: 'A potent statin that lowers LDL cholesterol and triglycerides and protects against heart attack and stroke.',
      usage: 'Adults: 1 tablet once a day, as prescribed.',
      warnings: STATIN_WARNINGS,
      brands: [
        ['Rosuvas', '10 mg', 'Tablet', '15 tablets', 'Sun Pharma', 220_00, 230_00],
        ['Rozucor', '10 mg', 'Tablet', '10 tablets', 'Torrent Pharma', 150_00, 150_00],
        ['Crestor', '10 mg', 'Tablet', '10 tablets', 'AstraZeneca', 420_00, 450_00],
      ],
    },
    {
      generic: 'Metoprolol succinate (extended release)',
      rx: true,
      keywords: 'beta blocker heart rate angina heart failure',
      description: 'A beta-blocker that slows the heart, lowers blood pressure and prevents angina; also used in heart failure.',
      usage: 'Adults: 1 tablet once a day, swallowed whole, as prescribed.',
      warnings: 'Do not stop suddenly: this can worsen angina. May cause tiredness, cold hands and dizziness. Tell your doctor if you have asthma.',
      brands: [
        ['Met XL', '25 mg', 'Tablet', '10 tablets', 'Ajanta', 60_00, 62_00],
        ['Metolar XR', '25 mg', 'Tablet', '10 tablets', 'Cipla', 55_00, 55_00],
      ],
    },
    {
      generic: 'Atenolol',
      rx: true,
      keywords: 'beta blocker high bp angina',
      description: 'A beta-blocker for high blood pressure, angina and an irregular heartbeat.',
      usage: 'Adults: 1 tablet once a day, as prescribed.',
      warnings: 'Do not stop suddenly. May cause tiredness and cold hands. Not for people with asthma. It can hide the warning signs of low blood sugar.',
      brands: [
        ['Aten', '50 mg', 'Tablet', '14 tablets', 'Zydus', 30_00, 30_00],
        ['Betacard', '50 mg', 'Tablet', '14 tablets', 'Torrent Pharma', 32_00, 32_00],
      ],
    },
    {
      generic: 'Clopidogrel',
      rx: true,
      keywords: 'antiplatelet blood thinner stent stroke',
      description: 'An antiplatelet medicine that stops blood clots forming after a heart attack, a stent or a stroke.',
      usage: 'Adults: 1 tablet once a day, as prescribed. Do not stop without talking to your cardiologist.',
      warnings:
        'Increases bleeding: tell any dentist or surgeon that you take it. Get help for black stools, blood in the urine or unusual bruising.',
      brands: [
        ['Clopilet', '75 mg', 'Tablet', '10 tablets', 'Sun Pharma', 90_00, 95_00],
        ['Deplatt', '75 mg', 'Tablet', '15 tablets', 'Torrent Pharma', 120_00, 120_00],
        ['Plavix', '75 mg', 'Tablet', '10 tablets', 'Sanofi', 300_00, 320_00],
      ],
    },
    {
      generic: 'Aspirin (low dose, gastro-resistant)',
      rx: true,
      keywords: 'ecosprin blood thinner heart attack prevention',
      description: 'Low-dose aspirin that prevents blood clots in people who have had a heart attack, stroke or stent.',
      usage: 'Adults: 1 tablet once a day after food, as prescribed.',
      warnings: 'Not a painkiller at this dose. Increases bleeding: avoid with stomach ulcers. Not for children under 16.',
      brands: [['Ecosprin', '75 mg', 'Tablet', '14 tablets', 'USV', 6_00, 6_00]],
    },
    {
      generic: 'Hydrochlorothiazide',
      rx: true,
      keywords: 'thiazide diuretic water tablet high bp',
      description: 'A thiazide diuretic ("water tablet") that lowers blood pressure.',
      usage: 'Adults: 1 tablet once a day in the morning, as prescribed.',
      warnings: `May raise blood sugar and uric acid (gout). ${DIURETIC_NOTE}`,
      brands: [['Aquazide', '12.5 mg', 'Tablet', '10 tablets', 'Sun Pharma', 15_00, 15_00]],
    },
    {
      generic: 'Furosemide',
      rx: true,
      keywords: 'lasix loop diuretic water tablet swelling oedema',
      description: 'A strong diuretic ("water tablet") that removes extra fluid in heart failure, kidney and liver disease, and swelling.',
      usage: 'Adults: usually 1 tablet in the morning, as prescribed.',
      warnings: `Can cause dehydration, dizziness and low potassium. ${DIURETIC_NOTE}`,
      brands: [['Lasix', '40 mg', 'Tablet', '15 tablets', 'Sanofi', 20_00, 20_00]],
    },
    {
      generic: 'Ramipril',
      rx: true,
      keywords: 'ace inhibitor high bp heart failure',
      description: 'An ACE inhibitor that lowers blood pressure and protects the heart and kidneys.',
      usage: 'Adults: 1 tablet once a day, as prescribed.',
      warnings: 'A dry cough is common; tell your doctor. Get help at once for swelling of the face, lips or tongue. Not for use in pregnancy.',
      brands: [['Cardace', '5 mg', 'Tablet', '10 tablets', 'Sanofi', 110_00, 115_00]],
    },
    {
      generic: 'Isosorbide dinitrate',
      rx: true,
      keywords: 'sorbitrate angina chest pain nitrate sublingual',
      description: 'A fast-acting nitrate placed under the tongue to relieve or prevent an angina attack.',
      usage: 'At the start of chest pain, sit down and place 1 tablet under the tongue. If pain continues after 5 minutes, call emergency services.',
      warnings: 'Can cause headache and dizziness: sit down when taking it. Never take with sildenafil or tadalafil.',
      brands: [['Sorbitrate', '5 mg', 'Tablet', '50 tablets', 'Abbott', 40_00, 40_00]],
    },
  ],
};
