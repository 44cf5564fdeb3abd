import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldErrorsOf } from '@/lib/auth/action-result';
import * as authErrors from '@/lib/auth/errors';
import * as orderErrors from '@/lib/orders/errors';
import * as patientErrors from '@/lib/patients/errors';
import * as paymentErrors from '@/lib/payments/errors';
import * as prescriptionErrors from '@/lib/prescriptions/errors';
import { patientSchema } from '@/lib/patients/validation';
import { addressSchema } from '@/lib/validation/address';
import { registerSchema } from '@/lib/validation/auth';
import * as adminErrors from '@/lib/admin/errors';
import { orderStepSchema } from '@/lib/admin/orders/steps';
import { refundFormSchema } from '@/lib/admin/orders/refund-form';
import { productFieldsSchema } from '@/lib/admin/products/schema';
import { createCategorySchema, updateCategorySchema } from '@/lib/admin/categories/schema';
import { createPartnerKeySchema, PartnerKeyNotFoundError } from '@/lib/api/partner-keys';
import { NotSoldOnlineError } from '@/lib/catalog/not-sold-online';
import { regulatedMedicineSchema, RegulatedMedicineExistsError } from '@/lib/catalog/regulated';
import { ControlledPrescriberMissingError, PrescriberRequiredError } from '@/lib/controlled/errors';
import { adjustBatchSchema } from '@/lib/inventory/adjust';
import { receiveBatchSchema } from '@/lib/inventory/receive';
import { InvoiceNotDueError, PharmacyDetailsNeededError } from '@/lib/invoices/issue';
import { approveSchema, REJECTION_REASON_LABELS, rejectSchema } from '@/lib/prescriptions/validation';
import { deliveryDaysSchema, pharmacyDetailsSchema } from '@/lib/settings/schema';
import { PharmacyDetailsMissingError } from '@/lib/settings/write';
import { registerEndpointSchema, WebhookEndpointDisabledError, WebhookEndpointNotFoundError } from '@/lib/webhooks/endpoints';
import { translateErrorMessage } from './error-messages';
import { MESSAGES } from './messages';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
const DEVANAGARI = /\p{Script=Devanagari}/u;

/** A message as lib would write it: each placeholder filled with a value the catalogue accepts. */
function sample(template: string): string {
  const words = MESSAGES.en.errors.words;
  const fill: Record<string, string> = { label: words.labels.recipientName, field: words.fields.trackingNote, rejection: MESSAGES.en.notifications.rejectionReasons.expired, what: words.labels.address, from: words.statuses.dispatched, to: words.statuses.cancelled, fromPayment: words.paymentStatuses.paid, toPayment: words.paymentStatuses.unpaid };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => fill[name] ?? (/^(batch|product|products|expiryDate)$/.test(name) ? 'Cetamol 500' : '12'));
}

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return fieldErrorsOf(parsed.error);
}

const address = { label: 'Home', recipientName: 'Sita Sharma', phone: '9841234567', province: 'Bagmati', district: 'Kathmandu', municipality: 'Kathmandu', ward: '4', street: 'Thamel' };

describe('lib’s English form messages in the page’s language', () => {
  it('has every catalogued message in Nepali, and gives English back unchanged', () => {
    const { words: _words, ...catalogue } = MESSAGES.en.errors;
    for (const template of leaves(catalogue)) {
      const message = sample(template);
      const nepali = translateErrorMessage(message, 'ne');
      expect(nepali, message).toMatch(DEVANAGARI);
      expect(nepali, message).not.toMatch(/[{}]/);
      expect(translateErrorMessage(message, 'en')).toBe(message);
    }
  });

  it('translates real schema failures: mobile number, password, ward, date of birth', () => {
    const register = errorsOf(registerSchema, { name: 'Sita', email: 'sita@example.com', phone: '12345', password: 'short', confirmPassword: 'short' });
    expect(register.phone!.map((m) => translateErrorMessage(m, 'ne'))).toEqual(['9841234567 वा +977 9841234567 जस्तो नेपाली मोबाइल नम्बर लेख्नुहोस्']);
    expect(register.password!.map((m) => translateErrorMessage(m, 'ne'))).toEqual(['पासवर्ड कम्तीमा १० अक्षरको हुनुपर्छ']);
    expect(register.password).toEqual(['Password must be at least 10 characters']);

    const ward = errorsOf(addressSchema, { ...address, ward: '41', recipientName: '' });
    expect(ward.ward!.map((m) => translateErrorMessage(m, 'ne'))).toEqual(['वडा नम्बर १ देखि ४० सम्मको अङ्क हुनुपर्छ']);
    expect(ward.recipientName!.map((m) => translateErrorMessage(m, 'ne'))).toEqual(['प्राप्तकर्ताको नाम आवश्यक छ']);
    expect(ward.ward!.map((m) => translateErrorMessage(m, 'en'))).toEqual(['Ward must be a number from 1 to 40']);

    const patient = { name: 'Ram', sex: 'male' };
    const future = errorsOf(patientSchema, { ...patient, birthDate: '2999-01-01' });
    expect(future.birthDate!.map((m) => translateErrorMessage(m, 'ne'))).toEqual(['जन्म मिति भविष्यको हुन सक्दैन']);
    expect(future.birthDate!.map((m) => translateErrorMessage(m, 'en'))).toEqual(['The date of birth cannot be in the future']);
    expect(errorsOf(patientSchema, patient).birthDate!.map((m) => translateErrorMessage(m, 'ne'))).toEqual(['जन्म मिति, वा वर्षमा उमेर लेख्नुहोस्']);
  });

  it('translates domain errors, with counts in Nepali digits and names as written', () => {
    expect(translateErrorMessage(authErrors.tooManyAttemptsMessage(125), 'ne')).toBe('धेरै पटक प्रयास भयो। ३ मिनेटपछि फेरि प्रयास गर्नुहोस्।');
    expect(translateErrorMessage(authErrors.tooManyAttemptsMessage(1), 'ne')).toBe('धेरै पटक प्रयास भयो। १ सेकेन्डपछि फेरि प्रयास गर्नुहोस्।');
    expect(translateErrorMessage(new patientErrors.PatientLimitError(8).publicMessage, 'ne')).toBe('एउटा खातामा बढीमा ८ जना बिरामी राख्न सकिन्छ। पहिले एक जना हटाउनुहोस्।');
    expect(translateErrorMessage(new authErrors.NotFoundError('Address').publicMessage, 'ne')).toBe('ठेगाना भेटिएन।');
    expect(translateErrorMessage(new orderErrors.ProductUnavailableError([1], ['Cetamol 500 mg']).publicMessage, 'ne')).toBe('Cetamol 500 mg अब उपलब्ध छैन।');
    const illegal = new orderErrors.IllegalTransitionError({ status: 'dispatched', paymentStatus: 'paid' }, { status: 'cancelled' });
    expect(translateErrorMessage(illegal.publicMessage, 'ne')).toBe('यो अर्डरलाई अब पठाइएको बाट रद्द भएको मा सार्न मिल्दैन।');
  });

  it('knows every message the sign-in, patient, cart, order, payment and prescription errors can show, and their field errors', () => {
    const errors = [
      new authErrors.InvalidCredentialsError(),
      new authErrors.InvalidTwoFactorCodeError(),
      new authErrors.InvalidResetTokenError(),
      new authErrors.InvalidVerificationTokenError(),
      new authErrors.EnrolmentLinkRequiredError(),
      new authErrors.RateLimitedError(30),
      new patientErrors.PatientNotFoundError(),
      new patientErrors.SelfPatientRemovalError(),
      new orderErrors.ProductUnavailableError([1, 2], ['Cetamol', 'Omez']),
      new orderErrors.ProductUnavailableError([1]),
      new orderErrors.QuantityLimitError('Cetamol', 10),
      new orderErrors.EmailNotVerifiedError(),
      new orderErrors.PhoneNotVerifiedError(),
      new orderErrors.EmptyCartError(),
      new orderErrors.PaymentMethodUnavailableError(),
      new orderErrors.AddressNotFoundError(),
      new orderErrors.OrderNotFoundError(),
      new orderErrors.OpenOrdersLimitError(1),
      new orderErrors.OpenOrdersLimitError(3),
      new orderErrors.HeldUnitsLimitError('Cetamol', 20, 5),
      new orderErrors.HeldUnitsLimitError('Cetamol', 20, 0),
      new paymentErrors.InvalidCallbackError('bad signature'),
      new paymentErrors.PaymentAttemptNotFoundError(),
      new paymentErrors.ProviderReferenceConflictError('0006TY3'),
      new prescriptionErrors.PrescriptionNotFoundError(),
      new prescriptionErrors.PrescriptionAlreadyReviewedError(),
      new prescriptionErrors.PrescriptionNotUsableError(),
      new prescriptionErrors.ProductNotFoundForApprovalError(),
      new prescriptionErrors.ValidityInPastError(),
      new prescriptionErrors.SelfReviewError(),
      new prescriptionErrors.UnacknowledgedWarningsError(1),
      new prescriptionErrors.UnacknowledgedWarningsError(3),
    ];
    for (const error of errors) {
      for (const message of [error.publicMessage, ...Object.values(error.fieldErrors ?? {}).flat()]) expect(translateErrorMessage(message, 'ne'), message).toMatch(DEVANAGARI);
    }
  });

  it('translates the back office’s form messages and refusals: products, categories, stock, orders, reviews, settings, webhooks, keys', () => {
    const uuid = '00000000-0000-4000-8000-000000000000';
    const product = { slug: 'cetamol-500', brandName: 'Cetamol', genericName: 'Paracetamol', dosageForm: 'Tablet', packSize: '10 tablets', manufacturer: 'NPL', categoryId: '1', pricePaisa: '50', mrpPaisa: '60', reorderLevel: '10', maxPerOrder: '5' };
    const refused = [
      errorsOf(productFieldsSchema, { slug: 'A b', brandName: '', genericName: 'x'.repeat(201), categoryId: '', pricePaisa: '0', mrpPaisa: '1.234', reorderLevel: '-1', maxPerOrder: '0.5', description: 'x'.repeat(4001) }),
      errorsOf(productFieldsSchema, { ...product, mrpPaisa: '40', controlled: 'on' }),
      errorsOf(createCategorySchema, { slug: 'Pain relief', name: '', nameNe: 'क'.repeat(81), description: 'x'.repeat(501), descriptionNe: 'क'.repeat(501), sortOrder: '1000' }),
      errorsOf(updateCategorySchema, { categoryId: '1', name: 'P', sortOrder: '' }),
      errorsOf(createCategorySchema, { slug: '', name: 'x'.repeat(81), sortOrder: '2.5' }),
      errorsOf(receiveBatchSchema, { productId: '1', batchNumber: 'B 1', expiryDate: '2026-02-30', quantity: '0', costRupees: '-1' }),
      errorsOf(adjustBatchSchema, { batchId: '1', quantityChange: '0', reason: 'x' }),
      errorsOf(orderStepSchema, { orderId: uuid, step: 'dispatch', courier: 'x', trackingNote: 'x'.repeat(301) }),
      errorsOf(orderStepSchema, { orderId: uuid, step: 'cancel', reason: 'no' }),
      errorsOf(refundFormSchema, { orderId: uuid, reference: 'ref 1', amountRupees: '-5' }),
      errorsOf(approveSchema, { prescriptionId: uuid, validUntil: 'soon', productId: ['1'], quantity: ['5000'], messageToCustomer: 'x'.repeat(1001), prescriberNmcNumber: 'NMC-1234567' }),
      errorsOf(rejectSchema, { prescriptionId: uuid, reason: 'bored', detail: 'no' }),
      errorsOf(regulatedMedicineSchema, { genericName: '1x', reason: 'short' }),
      errorsOf(pharmacyDetailsSchema, { pharmacyName: 'MN', ddaLicenceNumber: '#1', panNumber: '12', address: 'Thamel', phone: 'call us', email: 'x', pharmacistName: 'Ra', pharmacistRegistration: 'x' }),
      errorsOf(deliveryDaysSchema, { 'min:Kathmandu': '40', 'max:Lalitpur': '1', 'min:Lalitpur': '3' }),
      errorsOf(registerEndpointSchema, { url: '', description: 'x'.repeat(201), events: [] }),
      // zod's own messages, for bounds a schema gives no words of its own.
      errorsOf(regulatedMedicineSchema, { genericName: 'meropenem', reason: 'x'.repeat(301) }),
      errorsOf(productFieldsSchema, { ...product, slug: 'a'.repeat(121), strength: 'x'.repeat(61) }),
      errorsOf(createPartnerKeySchema, { name: 'x', scopes: [] }),
    ];
    const domain = [
      new adminErrors.ProductNotFoundError(),
      new adminErrors.BatchNotFoundError(),
      new adminErrors.DuplicateSlugError(),
      new adminErrors.CategoryNotFoundError(),
      new adminErrors.DuplicateCategorySlugError(),
      new PartnerKeyNotFoundError(),
      new NotSoldOnlineError('Meronem 1 g', 'Reserve antibiotic: hospital use only.'),
      new RegulatedMedicineExistsError(),
      new PrescriberRequiredError(['Tramadol'], { name: true, nmcNumber: true }),
      new PrescriberRequiredError(['Tramadol', 'Codeine'], { name: false, nmcNumber: true }),
      new ControlledPrescriberMissingError('Tramadol 50 mg'),
      new InvoiceNotDueError(),
      new PharmacyDetailsNeededError(),
      new PharmacyDetailsMissingError(),
      new WebhookEndpointNotFoundError(),
      new WebhookEndpointDisabledError(),
    ];
    const messages = [...refused.flatMap((errors) => Object.values(errors).flat()), ...domain.flatMap((error) => [error.publicMessage, ...Object.values(error.fieldErrors ?? {}).flat()])];
    expect(messages.length).toBeGreaterThan(50);
    for (const message of messages) expect(translateErrorMessage(message, 'ne'), message).toMatch(DEVANAGARI);
    expect(translateErrorMessage('Keep the courier under 80 characters', 'ne')).toBe('कुरियर ८० अक्षरभित्र राख्नुहोस्');
    expect(errorsOf(regulatedMedicineSchema, { genericName: 'meropenem', reason: 'x'.repeat(301) }).reason!.map((m) => translateErrorMessage(m, 'ne'))).toEqual(['बढीमा ३०० अक्षर मात्र लेख्न मिल्छ']);
    expect(translateErrorMessage('Enter the brand name', 'en')).toBe('Enter the brand name');
    expect(errorsOf(createCategorySchema, { slug: 'pain-relief', name: '', sortOrder: '-1' })).toEqual({ name: ['Enter the category name'], sortOrder: ['Enter the sort order as a whole number from 0 to 999'] });
    expect(translateErrorMessage('Enter the sort order as a whole number from 0 to 999', 'ne')).toBe('क्रम नम्बर ० देखि ९९९ सम्मको पूर्ण अङ्कमा लेख्नुहोस्');
    expect(translateErrorMessage(new adminErrors.CategoryNotFoundError().publicMessage, 'ne')).toBe('वर्ग भेटिएन।');
  });

  it('translates the notes the shop records on an order and in the stock ledger, and leaves staff’s own as written', () => {
    const rejected = `Prescription not accepted: ${REJECTION_REASON_LABELS.expired.toLowerCase()}`;
    expect(translateErrorMessage(rejected, 'ne')).toBe(`प्रिस्क्रिप्सन स्वीकार गरिएन: ${MESSAGES.ne.notifications.rejectionReasons.expired}`);
    expect(translateErrorMessage('Sent with Pathao. PTH-1, rider 9841000000.', 'ne')).toBe('Pathao मार्फत पठाइयो। PTH-1, rider 9841000000.');
    expect(translateErrorMessage('Sent with Pathao.', 'ne')).toBe('Pathao मार्फत पठाइयो।');
    expect(translateErrorMessage('Paid with eSewa (0006TY3), transaction MN-1-A', 'ne')).toBe('eSewa बाट भुक्तानी भयो (0006TY3), कारोबार MN-1-A');
    expect(translateErrorMessage('Refunded through Khalti (R-77).', 'ne')).toBe('Khalti मार्फत फिर्ता गरियो (R-77)।');
    expect(translateErrorMessage('Expired stock written off', 'ne')).toBe('म्याद सकिएको स्टक अपलेखन गरियो');
    expect(translateErrorMessage('Delivered, reported by Pathao Parcel, cash collected. Left with the guard.', 'ne')).toBe('डेलिभर भयो र नगद उठ्यो (Pathao Parcel ले जनाएको)। Left with the guard.');
    expect(translateErrorMessage('Delivered, reported by Pathao Parcel.', 'ne')).toBe('डेलिभर भयो (Pathao Parcel ले जनाएको)।');
    expect(translateErrorMessage('Customer asked on the phone', 'ne')).toBe('Customer asked on the phone');
  });

  it('translates an out-of-stock message one sentence per product, even when a name holds a full stop', () => {
    const error = new orderErrors.OutOfStockError([
      { productId: 1, productName: 'Dr. Reddy Omez 20', requested: 2, available: 0 },
      { productId: 2, productName: 'Cetamol 500 mg', requested: 5, available: 3 },
    ]);
    expect(translateErrorMessage(error.publicMessage, 'ne')).toBe('Dr. Reddy Omez 20 स्टकमा छैन। Cetamol 500 mg ३ वटा मात्र बाँकी छन्; तपाईंले ५ वटा माग्नुभयो।');
  });

  it('passes through a message it does not know, or with a label it has no word for', () => {
    for (const message of ['Ordered twice — please cancel', 'कृपया पछि प्रयास गर्नुहोस्', 'Favourite colour is required']) {
      expect(translateErrorMessage(message, 'ne')).toBe(message);
    }
  });
});
