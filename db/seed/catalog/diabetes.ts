import type { CategoryCatalog } from './types';

const SULFONYLUREA_WARNINGS =
  'Can cause low blood sugar (shaking, sweating, confusion): eat regular meals and carry glucose or sweets. Tell your doctor about kidney or liver problems.';
const SULFONYLUREA_WARNINGS_NE =
  'रगतमा चिनी कम हुन सक्छ (काँप्ने, पसिना आउने, अलमलिने): नियमित खाना खानुहोस् र ग्लुकोज वा मिठाई साथमा राख्नुहोस्। मिर्गौला वा कलेजोको समस्या छ भने डाक्टरलाई भन्नुहोस्।';
const METFORMIN_WARNINGS =
  'Nausea and loose stools are common at first. Stop and get help for severe vomiting, dehydration or unusual breathlessness. Your doctor may pause it before surgery or contrast X-ray scans.';
const METFORMIN_WARNINGS_NE =
  'सुरुमा वाकवाकी लाग्ने र दिसा पातलो हुने सामान्य हो। धेरै बान्ता भए, शरीरमा पानीको कमी भए वा असामान्य रूपमा सास फुले औषधि बन्द गरेर उपचार लिनुहोस्। शल्यक्रिया वा contrast X-ray जाँचअघि डाक्टरले यो केही समय रोक्न सक्नुहुन्छ।';
const INSULIN_STORAGE = 'Store unopened vials or pens in a refrigerator (2 to 8 °C); never freeze.';
const INSULIN_STORAGE_NE =
  'नखोलिएका भायल वा पेन फ्रिजमा (२ देखि ८ °C) राख्नुहोस्; कहिल्यै जमाउनु हुँदैन।';

// Diabetes medicines are prescription-only: doses are set and adjusted by the treating doctor.
export const diabetes: CategoryCatalog = {
  category: {
    slug: 'diabetes',
    name: 'Diabetes',
    nameNe: 'मधुमेह',
    description: 'Prescription medicines and insulin for type 1 and type 2 diabetes.',
    descriptionNe: 'टाइप 1 र टाइप 2 मधुमेहका लागि प्रिस्क्रिप्सनमा पाइने औषधि र इन्सुलिन।',
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
      descriptionNe: 'Metformin ले कलेजोले बनाउने चिनी घटाएर र शरीरलाई insulin प्रयोग गर्न मद्दत गरेर type 2 मधुमेहमा रगतको चिनी घटाउँछ। यसले तौल बढाउँदैन।',
      usageNe: 'वयस्क: प्रायः डाक्टरले भनेअनुसार खानासँग वा खाना खाएपछि दिनमा दुईदेखि तीन पटक १ चक्की। मात्रा बिस्तारै बढाइन्छ।',
      warningsNe: METFORMIN_WARNINGS_NE,
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
      descriptionNe: 'दिनमा एक पटक खाने, बिस्तारै घुल्ने metformin, जसले साधारण चक्कीभन्दा पेटमा कम असर गर्छ।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार बेलुकाको खानासँग दिनमा एक पटक १ देखि २ चक्की, नटुक्र्याई पूरै निल्नुहोस्।',
      warningsNe: METFORMIN_WARNINGS_NE,
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
      descriptionNe: 'पेन्क्रियासलाई बढी insulin निकाल्न मद्दत गर्ने sulfonylurea, type 2 मधुमेहमा प्रयोग गरिन्छ।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार बिहानको खाजा वा दिनको पहिलो मुख्य खानासँग दिनमा एक पटक १ चक्की।',
      warningsNe: SULFONYLUREA_WARNINGS_NE,
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
      descriptionNe: 'एउटा औषधिले मात्र नियन्त्रण नहुने type 2 मधुमेहका लागि एउटै चक्कीमा glimepiride र metformin।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार खानासँग दिनमा एक वा दुई पटक १ चक्की।',
      warningsNe: `${SULFONYLUREA_WARNINGS_NE} Metformin ले सुरुमा पेट खराब गर्न सक्छ।`,
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
      descriptionNe: 'पेन्क्रियासबाट insulin निकाल्ने मात्रा बढाउने type 2 मधुमेहको sulfonylurea।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार बिहानको खाजासँग दिनमा आधादेखि २ चक्की, वा बढी मात्रामा बेलुकाको खानासँग बाँडेर।',
      warningsNe: SULFONYLUREA_WARNINGS_NE,
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
      descriptionNe: 'type 2 मधुमेहमा खाना खाएपछि शरीरकै insulin बढाउने DPP-4 inhibitor; एक्लै खाँदा यसले विरलै रगतको चिनी कम गराउँछ।',
      usageNe: 'वयस्क: दिनमा एक पटक १ चक्की, खानासँग वा खानाबिना।',
      warningsNe: 'पेट धेरै र लगातार दुखेमा (pancreatitis हुन सक्छ) औषधि बन्द गरेर डाक्टरलाई देखाउनुहोस्। मिर्गौलाको रोगमा मात्रा कम हुन्छ।',
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
      descriptionNe: 'type 2 मधुमेहमा एक्लै वा metformin सँग रगतको चिनी नियन्त्रण गर्न मद्दत गर्ने DPP-4 inhibitor।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार दिनमा दुई पटक (बिहान र बेलुका) १ चक्की।',
      warningsNe: 'उपचार अघि र उपचारको बेला डाक्टरले कलेजोको जाँच गर्नुहुनेछ। पेट धेरै दुखेमा औषधि बन्द गरेर सल्लाह लिनुहोस्।',
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
      descriptionNe: 'दक्षिण एसियामा धेरै लेखिने, दिनमा एक पटक खाने type 2 मधुमेहको DPP-4 inhibitor।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार दिनमा एक पटक १ चक्की।',
      warningsNe: 'मुटुको धड्कनको समस्या वा कलेजोको रोग छ भने डाक्टरलाई भन्नुहोस्। पेट धेरै दुखेमा औषधि बन्द गरेर सल्लाह लिनुहोस्।',
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
      descriptionNe: 'बढी भएको चिनी पिसाबबाट निकालेर रगतको चिनी घटाउने SGLT2 inhibitor; यसले मुटु र मिर्गौलाको पनि रक्षा गर्छ।',
      usageNe: 'वयस्क: दिनमा एक पटक १ चक्की, जुनसुकै समयमा, खानासँग वा खानाबिना।',
      warningsNe: 'प्रशस्त पानी पिउनुहोस् र गुप्तांग सफा राख्नुहोस्: गुप्तांग र पिसाबको संक्रमण बढी हुन्छ। तय भएको शल्यक्रियाअघि औषधि रोक्नुहोस्, र वाकवाकी, बान्ता वा पेट दुखेमा तुरुन्तै उपचार लिनुहोस् (विरलै हुने ketoacidosis)।',
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
      descriptionNe: 'type 2 मधुमेहको SGLT2 inhibitor, जसले heart failure र मुटु तथा रक्तनलीको रोगबाट हुने मृत्युको जोखिम पनि घटाउँछ।',
      usageNe: 'वयस्क: बिहान दिनमा एक पटक १ चक्की, खानासँग वा खानाबिना।',
      warningsNe: 'प्रशस्त पानी पिउनुहोस्; गुप्तांग र पिसाबको संक्रमण बढी हुन्छ। तय भएको शल्यक्रियाअघि औषधि रोक्नुहोस्, र वाकवाकी, बान्ता वा पेट दुखेमा तुरुन्तै उपचार लिनुहोस्।',
      brands: [['Jardiance', '10 mg', 'Tablet', '10 tablets', 'Boehringer Ingelheim', 550_00, 580_00]],
    },
    {
      generic: 'Pioglitazone',
      rx: true,
      keywords: 'glitazone type 2 diabetes insulin resistance',
      description: 'Improves the body’s response to insulin in type 2 diabetes.',
      usage: 'Adults: 1 tablet once a day, as prescribed.',
      warnings: 'Can cause fluid retention and weight gain. Not for people with heart failure, liver disease or a history of bladder cancer.',
      descriptionNe: 'type 2 मधुमेहमा शरीरले insulin मा दिने प्रतिक्रिया सुधार्छ।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार दिनमा एक पटक १ चक्की।',
      warningsNe: 'शरीरमा पानी जम्ने र तौल बढ्ने हुन सक्छ। heart failure, कलेजोको रोग वा पहिले पिसाब थैलीको क्यान्सर भएकाहरूका लागि होइन।',
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
      descriptionNe: 'insulin चाहिने मधुमेहका लागि पहिले नै मिसाइएको human insulin (३०% छिटो असर गर्ने, ७०% मध्यम समय असर गर्ने)।',
      usageNe: 'डाक्टरले भनेअनुसार बिहानको खाजा र बेलुकाको खानाभन्दा ३० मिनेट अघि U-40 insulin सिरिन्जले छालामुनि सुई लगाउनुहोस्। सुई लगाउने ठाउँ फेर्दै जानुहोस्।',
      warningsNe: `40 IU/ml को भायलसँग कहिल्यै U-100 सिरिन्ज प्रयोग नगर्नुहोस्। रगतको चिनी कम हुन सक्छ: ग्लुकोज साथमा राख्नुहोस्। ${INSULIN_STORAGE_NE}`,
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
      descriptionNe: 'करिब २४ घण्टासम्म स्थिर आधार स्तर दिने लामो समय असर गर्ने insulin।',
      usageNe: 'डाक्टरले भनेअनुसार हरेक दिन एउटै समयमा दिनमा एक पटक छालामुनि सुई लगाउनुहोस्।',
      warningsNe: `अरू insulin सँग नमिसाउनुहोस्। रगतको चिनी कम भएको लक्षणमा ध्यान दिनुहोस्। ${INSULIN_STORAGE_NE} प्रयोगमा रहेको पेन कोठाको तापक्रममा २८ दिनसम्म राख्न सकिन्छ।`,
      brands: [
        ['Lantus SoloStar', '100 IU/ml', 'Injection', '3 ml prefilled pen', 'Sanofi', 1250_00, 1300_00],
        ['Basalog One', '100 IU/ml', 'Injection', '3 ml prefilled pen', 'Biocon', 780_00, 800_00],
      ],
    },
  ],
};
