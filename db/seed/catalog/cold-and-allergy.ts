import type { CategoryCatalog } from './types';

const ANTIHISTAMINE_WARNINGS =
  'May cause drowsiness in some people: do not drive if affected and avoid alcohol. The dose is lower in kidney disease. Ask a doctor before use in pregnancy or breastfeeding.';

export const coldAndAllergy: CategoryCatalog = {
  category: {
    slug: 'cold-and-allergy',
    name: 'Cold and allergy',
    description: 'Antihistamines, decongestants, cough syrups and lozenges for colds, flu, hay fever and allergies.',
    keywords: 'cold flu allergy sneezing runny nose cough antihistamine',
  },
  monographs: [
    {
      generic: 'Cetirizine',
      rx: false,
      keywords: 'citrizine hay fever itching hives',
      description: 'Cetirizine is an antihistamine that relieves sneezing, runny nose, itchy watery eyes, hives and other allergy symptoms.',
      usage: 'Adults and children over 12: 1 tablet once a day, preferably in the evening.',
      warnings: ANTIHISTAMINE_WARNINGS,
      brands: [
        ['Cetzine', '10 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 30_00, 32_00],
        ['Okacet', '10 mg', 'Tablet', '10 tablets', 'Cipla', 22_00, 22_00],
        ['Citrizine', '10 mg', 'Tablet', '10 tablets', 'National Healthcare', 15_00, 15_00],
        ['Alerid', '10 mg', 'Tablet', '10 tablets', 'Cipla', 20_00, 21_00],
      ],
    },
    {
      generic: 'Levocetirizine',
      rx: false,
      keywords: 'hay fever allergic rhinitis itching hives',
      description: 'An antihistamine closely related to cetirizine, used for hay fever, allergic rhinitis and hives.',
      usage: 'Adults and children over 6: 1 tablet once a day in the evening.',
      warnings: ANTIHISTAMINE_WARNINGS,
      brands: [
        ['Xyzal', '5 mg', 'Tablet', '10 tablets', "Dr. Reddy's", 75_00, 80_00],
        ['Levocet', '5 mg', 'Tablet', '10 tablets', 'Hetero', 45_00, 45_00],
        ['Levozin', '5 mg', 'Tablet', '10 tablets', 'Time Pharmaceuticals', 25_00, 25_00],
      ],
    },
    {
      generic: 'Fexofenadine',
      rx: false,
      keywords: 'allegra non-drowsy hay fever',
      description: 'A non-drowsy antihistamine for seasonal allergies such as sneezing, runny nose and itchy eyes.',
      usage: 'Adults and children over 12: 1 tablet once a day with water, before a meal.',
      warnings: 'Do not take with fruit juice, or within 2 hours of antacids that contain aluminium or magnesium: both reduce absorption.',
      brands: [
        ['Allegra', '120 mg', 'Tablet', '10 tablets', 'Sanofi', 180_00, 195_00],
        ['Fexomax', '120 mg', 'Tablet', '10 tablets', 'Curex Pharmaceuticals', 110_00, 110_00],
        ['Allegra', '180 mg', 'Tablet', '10 tablets', 'Sanofi', 240_00, 255_00],
      ],
    },
    {
      generic: 'Chlorpheniramine maleate',
      rx: false,
      keywords: 'piriton itching allergy',
      description: 'An older antihistamine for allergy symptoms and itching; it often causes drowsiness.',
      usage: 'Adults: 1 tablet every 4 to 6 hours. No more than 6 tablets in 24 hours.',
      warnings: 'Causes drowsiness: do not drive or use machines, and avoid alcohol. Not for people with glaucoma or difficulty passing urine.',
      brands: [['Piriton', '4 mg', 'Tablet', '10 tablets', 'Haleon', 8_00, 8_00]],
    },
    {
      generic: 'Paracetamol + Phenylephrine + Chlorpheniramine',
      rx: false,
      keywords: 'sinex sinarest cold tablet flu blocked nose',
      description:
        'A cold and flu tablet: paracetamol for fever and aches, phenylephrine to unblock the nose and chlorpheniramine to dry a runny nose.',
      usage: 'Adults: 1 tablet up to 4 times a day, at least 4 hours apart, for no longer than 5 days.',
      warnings:
        'Contains paracetamol: do not take other paracetamol products. May cause drowsiness. Avoid with high blood pressure, heart disease, an overactive thyroid, glaucoma, or MAO-inhibitor antidepressants.',
      brands: [
        ['Sinex', '500 mg + 10 mg + 2 mg', 'Tablet', '10 tablets', 'Deurali-Janta Pharmaceuticals', 20_00, 20_00],
        ['Sinarest', '500 mg + 10 mg + 2 mg', 'Tablet', '10 tablets', 'Centaur', 40_00, 42_00],
      ],
    },
    {
      generic: 'Montelukast + Levocetirizine',
      rx: true,
      keywords: 'montair lc allergic rhinitis blocked nose',
      description:
        'Combines montelukast, which calms airway inflammation, with the antihistamine levocetirizine for allergic rhinitis with a blocked nose.',
      usage: 'Adults: 1 tablet once a day in the evening, as prescribed.',
      warnings: 'May cause drowsiness. Montelukast can rarely cause mood changes, sleep problems or depression: tell your doctor if these happen.',
      brands: [
        ['Montair-LC', '10 mg + 5 mg', 'Tablet', '10 tablets', 'Cipla', 170_00, 180_00],
        ['Montek-LC', '10 mg + 5 mg', 'Tablet', '10 tablets', 'Sun Pharma', 160_00, 160_00],
        ['Monti-L', '10 mg + 5 mg', 'Tablet', '10 tablets', 'Lomus Pharmaceuticals', 95_00, 95_00],
      ],
    },
    {
      generic: 'Xylometazoline',
      rx: false,
      keywords: 'otrivin nasal spray blocked nose sinus decongestant',
      maxPerOrder: 3,
      description: 'A decongestant nasal spray that quickly clears a blocked nose from colds, sinusitis or hay fever.',
      usage: 'Adults and children over 12: 1 spray in each nostril up to 3 times a day.',
      warnings: 'Do not use for more than 7 days in a row: longer use causes rebound congestion. Not for children under 12 at this strength.',
      brands: [['Otrivin', '0.1% w/v', 'Spray', '10 ml', 'Haleon', 120_00, 125_00]],
    },
    {
      generic: 'Fluticasone propionate',
      rx: true,
      keywords: 'flomist steroid nasal spray allergic rhinitis',
      maxPerOrder: 3,
      description: 'A steroid nasal spray that reduces inflammation in allergic rhinitis; it works best when used every day.',
      usage: 'Adults: 2 sprays in each nostril once a day, reducing to 1 spray once symptoms are controlled.',
      warnings: 'Takes a few days to work fully. May cause nosebleeds or nasal dryness. Tell your doctor if you take ritonavir or other HIV medicines.',
      brands: [['Flomist', '50 mcg', 'Spray', '120 metered doses', 'Cipla', 280_00, 295_00]],
    },
    {
      generic: 'Diphenhydramine + Ammonium chloride + Sodium citrate + Menthol',
      rx: false,
      keywords: 'benadryl cough syrup dry cough',
      maxPerOrder: 3,
      description: 'A cough syrup for dry or tickly cough and throat irritation. It causes drowsiness, which can help with night-time cough.',
      usage: 'Adults: 10 ml three to four times a day. Children 6 to 12 years: 5 ml three times a day.',
      warnings: 'Causes drowsiness: avoid alcohol and driving. Not for children under 6. Do not combine with other antihistamines.',
      brands: [['Benadryl Cough Formula', '14.08 mg + 138 mg + 57.03 mg + 1.14 mg per 5 ml', 'Syrup', '150 ml', 'Johnson & Johnson', 140_00, 145_00]],
    },
    {
      generic: 'Ambroxol + Levosalbutamol + Guaifenesin',
      rx: true,
      keywords: 'ascoril cough syrup wet cough mucus wheeze',
      maxPerOrder: 3,
      description: 'An expectorant syrup that loosens thick mucus and opens the airways, used for a productive cough with wheeze.',
      usage: 'Adults: 10 ml three times a day. Children only as prescribed.',
      warnings:
        'May cause a fast heartbeat, tremor or nausea. Tell your doctor if you have heart disease, high blood pressure, diabetes or an overactive thyroid.',
      brands: [
        ['Ascoril LS', '30 mg + 1 mg + 50 mg per 5 ml', 'Syrup', '100 ml', 'Glenmark', 110_00, 115_00],
        ['Mucolyn LS', '30 mg + 1 mg + 50 mg per 5 ml', 'Syrup', '100 ml', 'Quest Pharmaceuticals', 75_00, 75_00],
      ],
    },
    {
      generic: 'Amylmetacresol + 2,4-Dichlorobenzyl alcohol',
      rx: false,
      keywords: 'strepsils sore throat lozenge',
      description: 'Antiseptic throat lozenges that soothe a sore throat.',
      usage: 'Adults and children over 6: dissolve 1 lozenge slowly in the mouth every 2 to 3 hours. No more than 12 in 24 hours.',
      warnings: 'Not for children under 6. See a doctor if a sore throat is severe, lasts more than 3 days or comes with a high fever.',
      brands: [['Strepsils Honey and Lemon', '0.6 mg + 1.2 mg', 'Lozenge', '8 lozenges', 'Reckitt', 40_00, 40_00]],
    },
    {
      generic: 'Menthol + Camphor + Eucalyptus oil',
      rx: false,
      keywords: 'vicks vaporub chest rub blocked nose steam',
      maxPerOrder: 3,
      description: 'A mentholated chest rub that eases the feeling of a blocked nose and cough from colds.',
      usage: 'Adults and children over 2: rub on the chest, throat and back up to 3 times a day. Can be added to hot water for steam inhalation.',
      warnings: 'For external use only. Do not put in or under the nose, in the mouth or eyes, or on broken skin. Not for children under 2.',
      brands: [['Vicks VapoRub', '', 'Ointment', '25 ml', 'Procter & Gamble', 95_00, 100_00]],
    },
  ],
};
