import type { CategoryCatalog } from './types';

const FINISH_THE_COURSE = 'Finish the full course even if you feel better. Antibiotics do not work for colds or flu.';
const QUINOLONE_WARNINGS =
  'Can rarely cause tendon pain or rupture, nerve damage or mood changes: stop and see a doctor if this happens. Take 2 hours apart from milk, antacids, iron or zinc. Not for children or pregnant women unless a doctor decides.';

// Every antibiotic is prescription-only: the pharmacist checks a valid prescription before dispensing.
export const antibiotics: CategoryCatalog = {
  category: {
    slug: 'antibiotics',
    name: 'Antibiotics',
    description: 'Prescription antibiotics for bacterial infections. A valid prescription is required.',
    keywords: 'antibiotic antibacterial infection',
  },
  monographs: [
    {
      generic: 'Amoxicillin',
      rx: true,
      maxPerOrder: 5,
      keywords: 'penicillin throat infection ear infection',
      description: 'Amoxicillin is a penicillin antibiotic for bacterial infections of the ear, nose, throat, chest, urinary tract and teeth.',
      usage: `Adults: usually 1 capsule three times a day (every 8 hours) for 5 to 7 days, or as prescribed. ${FINISH_THE_COURSE}`,
      warnings:
        'Do not take if you are allergic to penicillin. Stop and get help at once for a rash, swelling or difficulty breathing. May cause diarrhoea.',
      brands: [
        ['Novamox', '500 mg', 'Capsule', '10 capsules', 'Cipla', 120_00, 125_00],
        ['Mox', '500 mg', 'Capsule', '10 capsules', 'Sun Pharma', 110_00, 110_00],
        ['Amoxin', '500 mg', 'Capsule', '10 capsules', 'Nepal Pharmaceuticals Lab', 75_00, 75_00],
      ],
    },
    {
      generic: 'Amoxicillin + Clavulanic acid',
      rx: true,
      maxPerOrder: 5,
      keywords: 'augmentin co-amoxiclav sinus infection',
      description:
        'Amoxicillin with clavulanic acid, which stops some bacteria from destroying amoxicillin. Used for sinus, ear, chest, skin, dental and urinary infections.',
      usage: `Adults: 1 tablet twice a day (every 12 hours) at the start of a meal, usually for 5 to 7 days, or as prescribed. ${FINISH_THE_COURSE}`,
      warnings:
        'Not for people allergic to penicillin or who had jaundice with this medicine before. Diarrhoea is common: get advice if it is severe or bloody.',
      brands: [
        ['Augmentin Duo', '625 mg', 'Tablet', '10 tablets', 'GSK', 250_00, 270_00],
        ['Clavam', '625 mg', 'Tablet', '10 tablets', 'Alkem', 200_00, 205_00],
        ['Moxikind-CV', '625 mg', 'Tablet', '10 tablets', 'Mankind Pharma', 180_00, 185_00],
      ],
    },
    {
      generic: 'Azithromycin',
      rx: true,
      maxPerOrder: 5,
      keywords: 'azithral macrolide typhoid chest infection',
      description: 'A macrolide antibiotic for chest, throat, sinus and skin infections, typhoid and some sexually transmitted infections.',
      usage: `Adults: usually 1 tablet once a day for 3 days, or as prescribed. Take it at the same time each day. ${FINISH_THE_COURSE}`,
      warnings: 'Tell your doctor about heart rhythm problems or liver disease. Can cause diarrhoea, stomach upset and, rarely, an irregular heartbeat.',
      brands: [
        ['Azithral', '500 mg', 'Tablet', '3 tablets', 'Alembic', 110_00, 115_00],
        ['Azee', '500 mg', 'Tablet', '3 tablets', 'Cipla', 105_00, 105_00],
        ['Azimax', '500 mg', 'Tablet', '3 tablets', 'Siddhartha Pharmaceuticals', 65_00, 65_00],
      ],
    },
    {
      generic: 'Ciprofloxacin',
      rx: true,
      maxPerOrder: 5,
      keywords: 'ciplox quinolone urine infection typhoid diarrhoea',
      description: 'A fluoroquinolone antibiotic for urinary tract infections, typhoid, infectious diarrhoea and some other bacterial infections.',
      usage: `Adults: usually 1 tablet twice a day for 3 to 14 days depending on the infection, as prescribed. Drink plenty of water. ${FINISH_THE_COURSE}`,
      warnings: QUINOLONE_WARNINGS,
      brands: [
        ['Ciplox', '500 mg', 'Tablet', '10 tablets', 'Cipla', 85_00, 90_00],
        ['Cifran', '500 mg', 'Tablet', '10 tablets', 'Sun Pharma', 95_00, 95_00],
        ['Ciprocin', '500 mg', 'Tablet', '10 tablets', 'National Healthcare', 55_00, 55_00],
      ],
    },
    {
      generic: 'Levofloxacin',
      rx: true,
      maxPerOrder: 5,
      keywords: 'quinolone pneumonia sinusitis urine infection',
      description: 'A fluoroquinolone antibiotic for pneumonia, sinusitis, and urinary and skin infections.',
      usage: `Adults: 1 tablet once a day for the number of days prescribed. ${FINISH_THE_COURSE}`,
      warnings: QUINOLONE_WARNINGS,
      brands: [
        ['Levoflox', '500 mg', 'Tablet', '10 tablets', 'Cipla', 150_00, 160_00],
        ['Glevo', '500 mg', 'Tablet', '10 tablets', 'Glenmark', 145_00, 145_00],
      ],
    },
    {
      generic: 'Cefixime',
      rx: true,
      maxPerOrder: 5,
      keywords: 'cephalosporin typhoid urine infection',
      description: 'A third-generation cephalosporin antibiotic for typhoid fever and urinary, ear, throat and chest infections.',
      usage: `Adults: 1 tablet twice a day, or as prescribed. ${FINISH_THE_COURSE}`,
      warnings: 'Tell your doctor if you are allergic to penicillins or cephalosporins. May cause diarrhoea.',
      brands: [
        ['Taxim-O', '200 mg', 'Tablet', '10 tablets', 'Alkem', 200_00, 210_00],
        ['Zifi', '200 mg', 'Tablet', '10 tablets', 'FDC', 190_00, 190_00],
        ['Cefix', '200 mg', 'Tablet', '10 tablets', 'Asian Pharmaceuticals', 140_00, 140_00],
      ],
    },
    {
      generic: 'Cefpodoxime proxetil',
      rx: true,
      maxPerOrder: 5,
      keywords: 'cephalosporin chest infection throat infection',
      description: 'A third-generation cephalosporin for chest, throat, sinus, skin and urinary infections.',
      usage: `Adults: 1 tablet twice a day with food, as prescribed. ${FINISH_THE_COURSE}`,
      warnings: 'Tell your doctor if you are allergic to penicillins or cephalosporins. May cause diarrhoea or nausea.',
      brands: [['Cepodem', '200 mg', 'Tablet', '10 tablets', 'Sun Pharma', 230_00, 240_00]],
    },
    {
      generic: 'Cefalexin',
      rx: true,
      maxPerOrder: 5,
      keywords: 'cephalexin cephalosporin skin infection boil',
      description: 'A first-generation cephalosporin for skin, soft tissue, bone, throat and urinary infections.',
      usage: `Adults: 1 capsule every 6 to 12 hours, as prescribed. ${FINISH_THE_COURSE}`,
      warnings: 'Tell your doctor if you are allergic to penicillins or cephalosporins. May cause diarrhoea.',
      brands: [
        ['Sporidex', '500 mg', 'Capsule', '10 capsules', 'Sun Pharma', 160_00, 165_00],
        ['Phexin', '500 mg', 'Capsule', '10 capsules', 'GSK', 170_00, 170_00],
      ],
    },
    {
      generic: 'Cefuroxime axetil',
      rx: true,
      maxPerOrder: 5,
      keywords: 'ceftum cephalosporin chest infection lyme',
      description: 'A second-generation cephalosporin for throat, sinus, ear, chest, skin and urinary infections.',
      usage: `Adults: 1 tablet twice a day after food, as prescribed. ${FINISH_THE_COURSE}`,
      warnings: 'Tell your doctor if you are allergic to penicillins or cephalosporins. May cause diarrhoea.',
      brands: [['Ceftum', '500 mg', 'Tablet', '10 tablets', 'GSK', 450_00, 470_00]],
    },
    {
      generic: 'Doxycycline',
      rx: true,
      maxPerOrder: 5,
      keywords: 'tetracycline scrub typhus acne leptospirosis',
      description:
        'A tetracycline antibiotic for chest infections, acne, scrub typhus, leptospirosis and some sexually transmitted infections, and for malaria prevention.',
      usage: `Adults: 1 capsule once or twice a day as prescribed, swallowed with a full glass of water while sitting or standing. ${FINISH_THE_COURSE}`,
      warnings:
        'Do not lie down for 30 minutes after a dose. Avoid strong sunlight. Not for pregnant women or children under 8. Take 2 hours apart from milk, antacids or iron.',
      brands: [
        ['Microdox', '100 mg', 'Capsule', '10 capsules', 'Micro Labs', 60_00, 60_00],
        ['Doxin', '100 mg', 'Capsule', '10 capsules', 'Simca Laboratories', 40_00, 40_00],
      ],
    },
    {
      generic: 'Metronidazole',
      rx: true,
      maxPerOrder: 5,
      keywords: 'flagyl amoebic dysentery giardia antiprotozoal',
      description: 'An antibiotic and antiprotozoal for amoebic dysentery, giardiasis, dental and gut infections, and bacterial vaginosis.',
      usage: `Adults: 1 tablet two to three times a day after food for 5 to 7 days, as prescribed. ${FINISH_THE_COURSE}`,
      warnings: 'Do not drink alcohol during treatment and for 48 hours after: it causes severe vomiting and flushing. May leave a metallic taste.',
      brands: [
        ['Flagyl', '400 mg', 'Tablet', '15 tablets', 'Abbott', 30_00, 30_00],
        ['Metrogyl', '400 mg', 'Tablet', '15 tablets', 'J.B. Chemicals', 28_00, 28_00],
        ['Metron', '400 mg', 'Tablet', '15 tablets', 'Deurali-Janta Pharmaceuticals', 18_00, 18_00],
      ],
    },
    {
      generic: 'Nitrofurantoin',
      rx: true,
      maxPerOrder: 5,
      keywords: 'urine infection cystitis uti',
      description: 'An antibiotic for uncomplicated bladder infections (cystitis).',
      usage: `Adults: 1 capsule twice a day with food for 5 days, or as prescribed. ${FINISH_THE_COURSE}`,
      warnings: 'May turn urine dark yellow or brown. Not for people with poor kidney function or in the final weeks of pregnancy.',
      brands: [['Niftran', '100 mg', 'Capsule', '10 capsules', 'Sun Pharma', 85_00, 85_00]],
    },
  ],
};
