import type { CategoryCatalog } from './types';

const CHILD_PARACETAMOL_WARNINGS =
  'No more than 4 doses in 24 hours, and never with other paracetamol products. A baby under 3 months with fever must see a doctor at once.';

export const babyCare: CategoryCatalog = {
  category: {
    slug: 'baby-care',
    name: 'Baby care',
    description: 'Fever and pain relief for children, colic and diarrhoea care, nappy rash, baby skin care and infant nutrition.',
    keywords: 'baby child children kids infant paediatric',
  },
  monographs: [
    {
      generic: 'Paracetamol',
      rx: false,
      maxPerOrder: 5,
      keywords: 'children fever syrup calpol',
      description: 'Paracetamol liquid for babies and children to reduce fever and relieve pain, including after vaccinations and during teething.',
      usage:
        'Use the measuring cup. 3 to 12 months: 2.5 to 5 ml. 1 to 5 years: 5 to 10 ml. Up to 4 times in 24 hours, at least 4 hours apart, or as advised by a doctor.',
      warnings: CHILD_PARACETAMOL_WARNINGS,
      brands: [
        ['Calpol', '120 mg/5 ml', 'Suspension', '60 ml', 'GSK', 40_00, 42_00],
        ['Febrinil', '120 mg/5 ml', 'Suspension', '60 ml', 'Nepal Pharmaceuticals Lab', 30_00, 30_00],
      ],
    },
    {
      generic: 'Paracetamol',
      rx: false,
      maxPerOrder: 5,
      keywords: 'infant fever drops',
      description: 'Concentrated paracetamol drops for infants, dosed with the dropper by body weight.',
      usage: 'Dose by weight with the dropper supplied: 0.15 ml per kg, up to 4 times a day at least 4 hours apart, or as advised by a doctor.',
      warnings: `${CHILD_PARACETAMOL_WARNINGS} These drops are much stronger than syrup: never swap one for the other using the same dose.`,
      brands: [
        ['Crocin', '100 mg/ml', 'Drops', '15 ml', 'Haleon', 50_00, 52_00],
        ['Febrinil', '100 mg/ml', 'Drops', '15 ml', 'Nepal Pharmaceuticals Lab', 35_00, 35_00],
      ],
    },
    {
      generic: 'Ibuprofen',
      rx: false,
      maxPerOrder: 5,
      keywords: 'children fever pain teething earache syrup',
      description: 'Ibuprofen liquid for fever, teething pain, earache and other pain in children over 3 months.',
      usage: 'Dose by weight: 5 to 10 mg per kg (0.25 to 0.5 ml per kg) up to 3 times a day with food, or as advised.',
      warnings:
        'Not for babies under 3 months or under 5 kg, or for children who are dehydrated, have asthma made worse by NSAIDs, or chickenpox. Give with food.',
      brands: [
        ['Ibugesic', '100 mg/5 ml', 'Suspension', '60 ml', 'Cipla', 40_00, 40_00],
        ['Brufen', '100 mg/5 ml', 'Suspension', '60 ml', 'Abbott', 45_00, 45_00],
      ],
    },
    {
      generic: 'Zinc sulfate',
      rx: false,
      maxPerOrder: 5,
      keywords: 'zinc diarrhoea children ors',
      description: 'Zinc given with ORS shortens diarrhoea in children and protects against new episodes for the next 2 to 3 months.',
      usage:
        'Dissolve in a little breast milk, ORS or clean water. 6 months to 5 years: 1 tablet a day for 10 days. Under 6 months: half a tablet a day for 10 days.',
      warnings: 'Give the full 10 days even if diarrhoea stops. If the child vomits within 30 minutes, give the dose again. Continue ORS and feeding.',
      brands: [
        ['Zinkid', '20 mg', 'Tablet', '10 tablets', 'CRS Company Nepal', 25_00, 25_00],
        ['Zinconep', '20 mg', 'Tablet', '10 tablets', 'Nepal Pharmaceuticals Lab', 20_00, 20_00],
      ],
    },
    {
      generic: 'Simethicone',
      rx: false,
      maxPerOrder: 5,
      keywords: 'colic gas wind baby',
      description: 'Anti-gas drops that help relieve wind and colic in babies by breaking up trapped gas bubbles.',
      usage: 'Babies: 0.5 ml before or with each feed, up to 6 times a day, or as advised.',
      warnings: 'See a doctor if crying persists or comes with fever, vomiting or poor feeding.',
      brands: [['Colicaid', '40 mg/ml', 'Drops', '15 ml', "Dr. Reddy's", 95_00, 100_00]],
    },
    {
      generic: 'Dill oil + Sodium bicarbonate',
      rx: false,
      maxPerOrder: 5,
      keywords: 'gripe water colic gas baby',
      description: 'A traditional remedy of dill oil and sodium bicarbonate for wind and mild tummy discomfort in babies.',
      usage: 'Follow the dose for your baby’s age on the pack. Give after feeds, no more than 6 times a day.',
      warnings: 'Not for babies under 1 month. See a doctor if your baby has a fever, vomits or does not feed.',
      brands: [["Woodward's Gripe Water", '', 'Syrup', '130 ml', 'TTK Healthcare', 95_00, 100_00]],
    },
    {
      generic: 'Sodium chloride',
      rx: false,
      maxPerOrder: 5,
      keywords: 'saline nose drops blocked nose baby cold',
      description: 'Salt-water nose drops that loosen mucus and ease a blocked nose in babies and children; they contain no medicine.',
      usage: '1 to 2 drops in each nostril as often as needed, especially before feeds and sleep.',
      warnings: 'Use a separate bottle for each child. Discard 28 days after opening.',
      brands: [
        ['Nasoclear', '0.65% w/v', 'Drops', '10 ml', 'Cipla', 60_00, 60_00],
        ['Salinose', '0.65% w/v', 'Drops', '10 ml', 'Chemidrug Industries', 35_00, 35_00],
      ],
    },
    {
      generic: 'Zinc oxide',
      rx: false,
      maxPerOrder: 3,
      keywords: 'nappy rash diaper rash cream',
      description: 'A zinc oxide barrier cream that soothes and protects nappy rash and minor skin irritation.',
      usage: 'Apply a thin layer at each nappy change to clean, dry skin.',
      warnings: 'For external use only. See a doctor if the rash is raw, blistered or no better in a few days.',
      brands: [['Sudocrem', '15.25% w/w', 'Cream', '60 g', 'Teva', 450_00, 450_00]],
    },
    {
      generic: 'Baby moisturising lotion',
      rx: false,
      maxPerOrder: 3,
      keywords: 'baby lotion skin moisturiser',
      description: 'A mild moisturising lotion for a baby’s delicate skin.',
      usage: 'Massage gently into the skin after bathing.',
      warnings: 'For external use only. Stop if a rash appears.',
      brands: [["Johnson's Baby Lotion", '', 'Lotion', '100 ml', 'Johnson & Johnson', 180_00, 190_00]],
    },
    {
      generic: 'Infant formula (0 to 6 months)',
      rx: false,
      maxPerOrder: 6,
      keywords: 'baby milk powder formula lactogen nan',
      description: 'A powdered infant formula for babies from birth to 6 months when breastfeeding is not possible or needs supplementing.',
      usage: 'Prepare exactly as directed on the tin, with boiled water cooled to about 70 °C and the scoop provided. Discard any feed left after 1 hour.',
      warnings: 'Breast milk is the best food for babies. Use formula only on the advice of a health worker. Incorrect preparation can make your baby ill.',
      brands: [
        ['Lactogen 1', '', 'Powder', '400 g', 'Nestlé', 760_00, 780_00],
        ['NAN Pro 1', '', 'Powder', '400 g', 'Nestlé', 1150_00, 1200_00],
      ],
    },
    {
      generic: 'Infant cereal (from 6 months)',
      rx: false,
      maxPerOrder: 6,
      keywords: 'cerelac baby food weaning',
      description: 'A fortified wheat cereal for starting solid food from 6 months, alongside continued breastfeeding.',
      usage: 'Mix the stated amount with boiled, cooled water as directed on the pack. Feed with a spoon; do not add sugar.',
      warnings: 'Not for babies under 6 months. Contains wheat (gluten) and milk.',
      brands: [['Cerelac Wheat', '', 'Powder', '300 g', 'Nestlé', 390_00, 400_00]],
    },
  ],
};
