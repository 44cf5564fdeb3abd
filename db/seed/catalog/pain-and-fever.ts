import type { CategoryCatalog } from './types';

const PARACETAMOL_WARNINGS =
  'Do not take with any other medicine that contains paracetamol. An overdose can cause serious liver damage even if you feel well: get help at once. Ask a doctor first if you have liver disease or drink alcohol regularly.';
const PARACETAMOL_WARNINGS_NE =
  'paracetamol भएको अरू कुनै औषधिसँग नखानुहोस्। धेरै मात्रामा खाँदा आफूलाई ठीकै लागे पनि कलेजोमा गम्भीर क्षति हुन सक्छ: तुरुन्तै उपचार लिनुहोस्। कलेजोको रोग छ वा नियमित रक्सी पिउनुहुन्छ भने पहिले डाक्टरसँग सोध्नुहोस्।';

export const painAndFever: CategoryCatalog = {
  category: {
    slug: 'pain-and-fever',
    name: 'Pain and fever',
    nameNe: 'दुखाइ र ज्वरो',
    description: 'Painkillers and fever reducers for headache, body ache, toothache, sprains and period pain.',
    descriptionNe: 'टाउको दुखाइ, जिउ दुखाइ, दाँत दुखाइ, मर्काइ र महिनावारीको दुखाइका लागि दुखाइ कम गर्ने र ज्वरो घटाउने औषधि।',
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
      descriptionNe: 'Paracetamol ले हल्कादेखि मध्यम दुखाइ कम गर्छ र ज्वरो घटाउँछ। यो पेटका लागि नरम हुन्छ र टाउको दुखाइ, दाँत दुखाइ, जिउ दुखाइ र ज्वरोमा प्रायः पहिलो रोजाइ हो।',
      usageNe: 'वयस्क र १२ वर्षभन्दा माथिका बालबालिका: आवश्यक परे ४ देखि ६ घण्टाको फरकमा १ देखि २ चक्की। २४ घण्टामा ८ चक्की (४ ग्राम) भन्दा बढी नखानुहोस्।',
      warningsNe: PARACETAMOL_WARNINGS_NE,
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
      descriptionNe: 'वयस्कमा ज्वरो र दुखाइका लागि बढी शक्तिको paracetamol चक्की, जस्तै खोप लगाएपछि वा फ्लु हुँदा।',
      usageNe: 'वयस्क: आवश्यक परे ६ घण्टाको फरकमा १ चक्की। २४ घण्टामा ६ चक्कीभन्दा बढी नखानुहोस्। १२ वर्षमुनिका बालबालिकालाई होइन।',
      warningsNe: PARACETAMOL_WARNINGS_NE,
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
      descriptionNe: 'Ibuprofen एक non-steroidal anti-inflammatory औषधि (NSAID) हो, जसले मर्केको, दाँत दुखेको र महिनावारीको दुखाइजस्ता दुखाइ, सुन्निएको र ज्वरो कम गर्छ।',
      usageNe: 'वयस्क: खाना खाएपछि दिनमा बढीमा तीन पटक १ चक्की, कम्तीमा ६ घण्टाको फरकमा। डाक्टरको सल्लाहबिना दिनमा ३ चक्की (१,२०० mg) भन्दा बढी नखानुहोस्।',
      warningsNe: 'खानासँग खानुहोस्। पेटमा अल्सर, मिर्गौलाको रोग, मुटु कमजोर भएको (heart failure) वा NSAID ले बढाउने दम छ भने, र गर्भावस्थाको अन्तिम तीन महिनामा नखानुहोस्। diclofenac वा aspirin जस्ता अरू NSAID सँग मिलाएर नखानुहोस्।',
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
      descriptionNe: 'Anti-inflammatory दुखाइ कम गर्ने औषधि ibuprofen र paracetamol मिलाइएको, यी मात्रामा कुनै एउटा मात्रभन्दा दुखाइ र ज्वरोमा बढी राहत दिन।',
      usageNe: 'वयस्क: खाना खाएपछि दिनमा बढीमा तीन पटक १ चक्की, कम्तीमा ६ घण्टाको फरकमा। १२ वर्षमुनिका बालबालिकालाई होइन।',
      warningsNe: 'यसमा paracetamol छ: paracetamol भएका अरू औषधि नखानुहोस्। पेटमा अल्सर, मिर्गौलाको रोग, मुटु कमजोर भएको वा गर्भावस्थाको अन्तिम महिनाहरूमा नखानुहोस्। खानासँग खानुहोस्।',
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
      descriptionNe: 'मांसपेशी र जोर्नीको ठाउँको दुखाइ र सुन्निएको कम गर्ने anti-inflammatory जेल, जस्तै मर्केको, तन्किएको, ढाड दुखेको र हल्का बाथ (arthritis)।',
      usageNe: 'दुखेको ठाउँमा दिनमा ३ देखि ४ पटक बिस्तारै मालिस गर्नुहोस्। हातै दुखेको होइन भने लगाएपछि हात धुनुहोस्।',
      warningsNe: 'बाहिरी प्रयोगका लागि मात्र। घाउ भएको छाला, आँखा वा मुखमा नलगाउनुहोस्। बिमिरा (rash) आए प्रयोग बन्द गर्नुहोस्। गर्भावस्थाको अन्तिम तीन महिनामा प्रयोग नगर्नुहोस्।',
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
      descriptionNe: 'ढाड दुखाइ, मांसपेशी तन्किएको, मर्केको र जोर्नी अररो भएकोमा diclofenac सँग तातो र चिसो अनुभव दिने तत्त्वहरू मिलाइएको दुखाइ कम गर्ने जेल।',
      usageNe: 'दिनमा ३ देखि ४ पटक पातलो गरी लगाएर बिस्तारै मालिस गर्नुहोस्। लगाएपछि हात धुनुहोस्।',
      warningsNe: 'बाहिरी प्रयोगका लागि मात्र। घाउ भएको छाला, आँखा र मुखमा नलगाउनुहोस्। १२ वर्षमुनिका बालबालिका, aspirin सँग एलर्जी हुनेहरू वा गर्भावस्थाको अन्तिम महिनाहरूमा प्रयोग नगर्नुहोस्।',
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
      descriptionNe: 'Diclofenac एक NSAID हो, जुन बाथ, ढाड दुखाइ, चोटपटक र सानो शल्यक्रियापछिको दुखाइ र सुन्निएकोमा प्रयोग गरिन्छ।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार दिनमा दुईदेखि तीन पटक खानासँग वा खाना खाएपछि १ चक्की।',
      warningsNe: 'यसले पेटमा रक्तस्राव गराउन, रक्तचाप बढाउन र मिर्गौलामा असर गर्न सक्छ। मुटुको रोग, पेटमा अल्सर भएका वा गर्भावस्थाको अन्तिम महिनाहरूमा होइन। सबैभन्दा कम मात्रा सबैभन्दा छोटो समयका लागि प्रयोग गर्नुहोस्।',
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
      descriptionNe: 'जोर्नी दुखाइ, ढाड दुखाइ, दाँत दुखाइ र सुन्निएकोमा anti-inflammatory दुखाइ कम गर्ने औषधि aceclofenac र paracetamol।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार खाना खाएपछि दिनमा दुई पटक १ चक्की।',
      warningsNe: 'यसमा paracetamol छ: paracetamol भएका अरू औषधि नखानुहोस्। पेटमा अल्सर, मुटु कमजोर भएको, मिर्गौलाको रोग भएका वा गर्भावस्थाको अन्तिम महिनाहरूमा होइन।',
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
      descriptionNe: 'Etoricoxib एक COX-2 selective anti-inflammatory औषधि हो, जुन osteoarthritis, rheumatoid arthritis, gout को आक्रमण र दाँतको शल्यक्रियापछिको दुखाइमा प्रयोग गरिन्छ।',
      usageNe: 'वयस्क: डाक्टरले भनेअनुसार दिनमा एक पटक १ चक्की; मात्रा र अवधि रोगअनुसार फरक हुन्छ।',
      warningsNe: 'यसले रक्तचाप बढाउन र हृदयाघात वा stroke को जोखिम बढाउन सक्छ। मुटुको रोग, नियन्त्रणमा नआएको उच्च रक्तचाप वा मिर्गौलाको गम्भीर समस्या भएकाहरूका लागि होइन।',
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
      descriptionNe: 'वयस्कमा टाउको दुखाइ, दाँत दुखाइ, महिनावारीको दुखाइ र ज्वरोमा छिटो राहतका लागि पानीमा घुल्ने aspirin।',
      usageNe: 'वयस्क: आवश्यक परे ४ देखि ६ घण्टाको फरकमा खाना खाएपछि १ देखि २ चक्की आधा गिलास पानीमा घोलेर। २४ घण्टामा ८ चक्कीभन्दा बढी होइन।',
      warningsNe: '१६ वर्षमुनिका बालबालिकालाई नदिनुहोस् (Reye\'s syndrome को जोखिम)। पेटमा अल्सर, रगत बग्ने समस्या, aspirin ले बढाउने दम भए वा रगत पातलो गर्ने औषधि खाँदै हुनुहुन्छ भने नखानुहोस्।',
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
      descriptionNe: 'Mefenamic acid एक anti-inflammatory दुखाइ कम गर्ने औषधि हो, जुन प्रायः महिनावारीको दुखाइ र धेरै रगत बग्ने महिनावारीमा, र हल्कादेखि मध्यम दुखाइमा दिइन्छ।',
      usageNe: 'वयस्क: खानासँग दिनमा तीन पटक १ चक्की, प्रायः ७ दिनभन्दा बढी होइन।',
      warningsNe: 'पखाला लागे वा बिमिरा आए औषधि बन्द गरेर डाक्टरलाई देखाउनुहोस्। पेटमा अल्सर, मिर्गौलाको रोग, आन्द्राको सुन्निने रोग (inflammatory bowel disease) भए वा गर्भावस्थामा नखानुहोस्।',
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
      descriptionNe: 'टाउको दुखाइ, दाँत दुखाइ र जिउ दुखाइमा छिटो राहतका लागि दुई दुखाइ कम गर्ने औषधि र caffeine मिलाइएको चक्की।',
      usageNe: 'वयस्क: आवश्यक परेमा पानीसँग १ देखि २ चक्की, दिनमा बढीमा ३ पटक।',
      warningsNe: 'यसमा paracetamol छ: paracetamol भएका अरू औषधि नखानुहोस्। Caffeine ले निद्रा नलाग्ने गराउन सक्छ। १२ वर्षमुनिका बालबालिका वा लामो समय नियमित प्रयोगका लागि होइन।',
      brands: [['Saridon', '250 mg + 150 mg + 50 mg', 'Tablet', '10 tablets', 'Bayer', 30_00, 30_00]],
    },
  ],
};
