/**
 * The pharmacy's details printed on invoices and packing slips. Fixed text rather than settings:
 * they change only with a new licence, which is a deploy anyway.
 */
export const PHARMACY = {
  name: 'MediNest Pharmacy Pvt. Ltd.',
  address: 'New Baneshwor-10, Kathmandu, Bagmati Province, Nepal',
  phone: '01-4780000',
  email: 'orders@medinest.com.np',
  panNumber: '609876543',
  ddaLicence: 'DDA Reg. No. 12345/079-80',
  pharmacistInCharge: 'Ph. NPC Reg. No. A-1234',
} as const;
