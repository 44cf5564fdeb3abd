import * as q from './requests';
import * as s from './schemas';
import * as staff from './staff';
import { defineEndpoint } from './endpoint';

/** Every operation of /api/v1. A test checks this list against the route handlers under app/api/v1. */
export const endpoints = {
  signUp: defineEndpoint({
    method: 'POST', path: '/auth/sign-up', operationId: 'signUp', tag: 'auth', access: 'public', ratePolicy: 'auth',
    summary: 'Register a customer account',
    description: 'Answers 202 whether or not the email is already registered; the owner of the address confirms it from the email, then signs in.',
    body: q.signUpBody, responses: { 202: { description: 'Check your email to finish.', schema: s.acceptedSchema } }, problems: [400, 413, 415],
  }),
  signIn: defineEndpoint({
    method: 'POST', path: '/auth/token', operationId: 'signIn', tag: 'auth', access: 'public', ratePolicy: 'auth',
    summary: 'Sign in with email and password',
    description: 'The same password check, locks and delays as the sign-in page. Staff must have two-factor set up in the back office (403 otherwise) and send its `code`; their tokens work on the /staff endpoints only, and customer tokens never there.',
    body: q.signInBody, responses: { 200: { description: 'An access token (15 minutes) and a refresh token.', schema: s.tokenPairSchema } }, problems: [400, 403, 413, 415],
  }),
  refresh: defineEndpoint({
    method: 'POST', path: '/auth/refresh', operationId: 'refreshToken', tag: 'auth', access: 'public', ratePolicy: 'auth',
    summary: 'Exchange a refresh token for a new pair',
    description: 'Each refresh token works once. Presenting a used one revokes every token of that sign-in.',
    body: q.refreshBody, responses: { 200: { description: 'A new pair; the old refresh token is spent.', schema: s.tokenPairSchema } }, problems: [400, 413, 415],
  }),
  signOut: defineEndpoint({
    method: 'POST', path: '/auth/sign-out', operationId: 'signOut', tag: 'auth', access: 'customer',
    summary: 'End this sign-in', description: 'Revokes the session behind the access token, and with it its refresh tokens.',
    responses: { 204: { description: 'Signed out.' } }, problems: [],
  }),
  me: defineEndpoint({
    method: 'GET', path: '/me', operationId: 'getMe', tag: 'auth', access: 'customer',
    summary: 'The signed-in customer', responses: { 200: { description: 'The account.', schema: s.meSchema } }, problems: [],
  }),
  sendPhoneCode: defineEndpoint({
    method: 'POST', path: '/me/phone/code', operationId: 'sendPhoneCode', tag: 'auth', access: 'customer', ratePolicy: 'auth',
    summary: 'Send a code by SMS to verify my mobile number',
    description: 'Cash on delivery needs a verified number. A 6-digit code, valid 5 minutes, 3 tries; every earlier code stops working. At most 3 codes an hour per number (429 past that). Answers `verified: true` at once when the number is already verified.',
    responses: { 202: { description: 'The code is on its way.', schema: s.phoneStatusSchema }, 200: { description: 'Already verified; nothing sent.', schema: s.phoneStatusSchema } }, problems: [422],
  }),
  verifyPhone: defineEndpoint({
    method: 'POST', path: '/me/phone/verify', operationId: 'verifyPhone', tag: 'auth', access: 'customer', ratePolicy: 'auth',
    summary: 'Verify my mobile number with the code from the SMS',
    description: 'A wrong code spends one of three tries (422 says how many are left); after the third, or 5 minutes, send a new code.',
    body: q.phoneCodeBody, responses: { 200: { description: 'Verified.', schema: s.phoneStatusSchema } }, problems: [400, 413, 415, 422],
  }),
  listProducts: defineEndpoint({
    scope: 'catalog:read',
    method: 'GET', path: '/products', operationId: 'listProducts', tag: 'catalog', access: 'public', etag: true,
    summary: 'List or search products', description: 'The shop\'s search: full text first, then typo correction; a correction that could change the active ingredient is offered in `choices` instead.',
    query: q.catalogQuery, responses: { 200: { description: 'One page; follow nextCursor for the next.', schema: s.productPageSchema } }, problems: [400],
  }),
  getProduct: defineEndpoint({
    scope: 'catalog:read',
    method: 'GET', path: '/products/{slug}', operationId: 'getProduct', tag: 'catalog', access: 'public', etag: true,
    summary: 'One product', params: q.slugParams, responses: { 200: { description: 'The product.', schema: s.productDetailSchema } }, problems: [404],
  }),
  listAlternatives: defineEndpoint({
    scope: 'catalog:read',
    method: 'GET', path: '/products/{slug}/alternatives', operationId: 'listAlternatives', tag: 'catalog', access: 'public', etag: true,
    summary: 'Same generic and strength from other makers', params: q.slugParams,
    responses: { 200: { description: 'Cheapest first.', schema: s.alternativesSchema } }, problems: [404],
  }),
  getCart: defineEndpoint({
    method: 'GET', path: '/cart', operationId: 'getCart', tag: 'cart', access: 'customer',
    summary: 'The cart, priced now', responses: { 200: { description: 'The cart.', schema: s.cartSchema } }, problems: [],
  }),
  addCartLine: defineEndpoint({
    method: 'POST', path: '/cart/items', operationId: 'addCartLine', tag: 'cart', access: 'customer',
    summary: 'Add a product (adds to a line already there)', body: q.cartLineBody,
    responses: { 200: { description: 'The cart after the change.', schema: s.cartSchema } }, problems: [400, 413, 415, 422],
  }),
  setCartLine: defineEndpoint({
    method: 'PATCH', path: '/cart/items/{productId}', operationId: 'setCartLine', tag: 'cart', access: 'customer',
    summary: 'Set a line\'s quantity', params: q.productIdParams, body: q.cartQuantityBody,
    responses: { 200: { description: 'The cart after the change.', schema: s.cartSchema } }, problems: [400, 404, 413, 415, 422],
  }),
  removeCartLine: defineEndpoint({
    method: 'DELETE', path: '/cart/items/{productId}', operationId: 'removeCartLine', tag: 'cart', access: 'customer',
    summary: 'Remove a line', params: q.productIdParams,
    responses: { 200: { description: 'The cart after the change.', schema: s.cartSchema } }, problems: [404],
  }),
  listAddresses: defineEndpoint({
    method: 'GET', path: '/addresses', operationId: 'listAddresses', tag: 'addresses', access: 'customer',
    summary: 'Delivery addresses', responses: { 200: { description: 'Default first.', schema: s.addressListSchema } }, problems: [],
  }),
  createAddress: defineEndpoint({
    method: 'POST', path: '/addresses', operationId: 'createAddress', tag: 'addresses', access: 'customer',
    summary: 'Add a delivery address', body: q.addressBody,
    responses: { 201: { description: 'The new address.', schema: s.addressSchema } }, problems: [400, 413, 415, 422],
  }),
  deleteAddress: defineEndpoint({
    method: 'DELETE', path: '/addresses/{id}', operationId: 'deleteAddress', tag: 'addresses', access: 'customer',
    summary: 'Delete a delivery address', params: q.uuidParams, responses: { 204: { description: 'Deleted.' } }, problems: [404],
  }),
  checkout: defineEndpoint({
    method: 'POST', path: '/checkout', operationId: 'checkout', tag: 'checkout', access: 'customer',
    summary: 'Place an order from the cart',
    description: 'Needs an `Idempotency-Key`: the same key with the same body answers the same order (200, `created: false`); the same key with another body is refused (422).',
    headers: [{ name: 'Idempotency-Key', description: '1–64 characters of A–Z, a–z, 0–9, - and _; one per checkout attempt.', required: true }],
    body: q.checkoutBody,
    responses: { 201: { description: 'Order placed.', schema: s.placedOrderSchema }, 200: { description: 'This key had already placed the order.', schema: s.placedOrderSchema } },
    problems: [400, 413, 415, 422],
  }),
  listOrders: defineEndpoint({
    method: 'GET', path: '/orders', operationId: 'listOrders', tag: 'orders', access: 'customer',
    summary: 'My orders, newest first', query: q.cursorQuery, responses: { 200: { description: 'One page.', schema: s.orderPageSchema } }, problems: [400],
  }),
  getOrder: defineEndpoint({
    method: 'GET', path: '/orders/{number}', operationId: 'getOrder', tag: 'orders', access: 'customer',
    summary: 'One of my orders', params: q.orderNumberParams, responses: { 200: { description: 'The order.', schema: s.orderDetailSchema } }, problems: [404],
  }),
  cancelOrder: defineEndpoint({
    method: 'POST', path: '/orders/{number}/cancel', operationId: 'cancelOrder', tag: 'orders', access: 'customer',
    summary: 'Cancel one of my orders (before dispatch)', params: q.orderNumberParams, body: q.cancelBody,
    responses: { 200: { description: 'The order after cancelling.', schema: s.orderDetailSchema } }, problems: [400, 404, 409, 413, 415],
  }),
  startPayment: defineEndpoint({
    method: 'POST', path: '/orders/{number}/payment', operationId: 'startPayment', tag: 'orders', access: 'customer',
    summary: 'Pay one of my orders online (eSewa or Khalti)',
    description: 'The pay page\'s steps: the open attempt is reused, and a new one is opened after a failed or cancelled attempt or to switch method. Answers 409 when the order is paid, still being confirmed, or past its time to pay.',
    params: q.orderNumberParams, body: q.paymentBody,
    responses: { 200: { description: 'Where to send the shopper.', schema: s.paymentStartSchema } }, problems: [400, 404, 409, 413, 415],
  }),
  listPrescriptions: defineEndpoint({
    method: 'GET', path: '/prescriptions', operationId: 'listPrescriptions', tag: 'prescriptions', access: 'customer',
    summary: 'My prescriptions, newest first', responses: { 200: { description: 'Up to 100.', schema: s.prescriptionListSchema } }, problems: [],
  }),
  uploadPrescription: defineEndpoint({
    method: 'POST', path: '/prescriptions', operationId: 'uploadPrescription', tag: 'prescriptions', access: 'customer', ratePolicy: 'upload',
    summary: 'Upload a prescription (multipart, field `file`)', description: "JPEG, PNG, WebP or PDF up to 10 MB, checked by content; images are re-encoded, PDFs turned into page images. An optional field `patientId` names whom it is for (one of the account's patients; 422 otherwise); without it, the account holder.",
    body: 'multipart-file', responses: { 201: { description: 'Stored; a pharmacist reviews it.', schema: s.uploadedPrescriptionSchema } }, problems: [400, 413, 422],
  }),
  getPrescription: defineEndpoint({
    method: 'GET', path: '/prescriptions/{id}', operationId: 'getPrescription', tag: 'prescriptions', access: 'customer',
    summary: 'One of my prescriptions', params: q.uuidParams, responses: { 200: { description: 'The prescription.', schema: s.prescriptionDetailSchema } }, problems: [404],
  }),
  getPrescriptionFile: defineEndpoint({
    method: 'GET', path: '/prescriptions/{id}/file', operationId: 'getPrescriptionFile', tag: 'prescriptions', access: 'customer',
    summary: 'A page image of one of my prescriptions', description: 'Every view is written to the audit log.', params: q.uuidParams, query: q.fileQuery,
    responses: { 200: { description: 'The image.', mediaType: 'image/*' } }, problems: [400, 404],
  }),
  listPartnerOrders: defineEndpoint({
    method: 'GET', path: '/partner/orders', operationId: 'listPartnerOrders', tag: 'partners', access: 'partner', scope: 'orders:read', ratePolicy: 'partner',
    summary: 'Orders being delivered, newest first',
    description: 'For a delivery partner\'s server, with a partner API key holding `orders:read`: packed, dispatched and delivered orders with the address, the phone and the amount to collect. The medicines are never shown. Every call is audited.',
    query: q.partnerOrdersQuery, responses: { 200: { description: 'One page; follow nextCursor for the next.', schema: s.partnerOrderPageSchema } }, problems: [400, 403],
  }),
  getPartnerOrder: defineEndpoint({
    method: 'GET', path: '/partner/orders/{number}', operationId: 'getPartnerOrder', tag: 'partners', access: 'partner', scope: 'orders:read', ratePolicy: 'partner',
    summary: 'One order being delivered', description: 'A 404 for an order that is not packed, dispatched or delivered.',
    params: q.orderNumberParams, responses: { 200: { description: 'The order.', schema: s.partnerOrderSchema } }, problems: [403, 404],
  }),
  reportPartnerDelivery: defineEndpoint({
    method: 'POST', path: '/partner/orders/{number}/delivery', operationId: 'reportPartnerDelivery', tag: 'partners', access: 'partner', scope: 'orders:write', ratePolicy: 'partner',
    summary: 'Report a dispatched order delivered',
    description: 'With a partner API key holding `orders:write`. The order must be dispatched (409 when not yet, or already delivered); the shopper is told as when the pharmacy marks it. Every call is audited.',
    params: q.orderNumberParams, body: q.partnerDeliveryBody, responses: { 200: { description: 'The order after delivery.', schema: s.partnerOrderSchema } }, problems: [400, 403, 404, 409, 413, 415, 422],
  }),
  getStaffOrder: defineEndpoint({
    method: 'GET', path: '/staff/orders/{number}', operationId: 'getStaffOrder', tag: 'staff', access: 'staff', staffScope: 'staff:orders',
    summary: 'One order as the pharmacy sees it, with the steps it allows now',
    params: q.orderNumberParams, responses: { 200: { description: 'The order.', schema: staff.staffOrderSchema } }, problems: [403, 404],
  }),
  performStaffOrderStep: defineEndpoint({
    method: 'POST', path: '/staff/orders/{number}/steps', operationId: 'performStaffOrderStep', tag: 'staff', access: 'staff', staffScope: 'staff:orders',
    summary: 'Move an order on: confirm, pack, dispatch, deliver, record cash, or cancel',
    description: 'The order page\'s buttons, with the same rules: a step the order does not allow now is 409; a prescription order is confirmed only by an approved prescription. Audited on the order\'s timeline under the staff member.',
    params: q.orderNumberParams, body: staff.staffOrderStepBody, responses: { 200: { description: 'The order after the step.', schema: staff.staffOrderSchema } }, problems: [400, 403, 404, 409, 413, 415, 422],
  }),
  listStaffPrescriptions: defineEndpoint({
    method: 'GET', path: '/staff/prescriptions', operationId: 'listStaffPrescriptions', tag: 'staff', access: 'staff', staffScope: 'staff:prescriptions',
    summary: 'The review queue: pending first, oldest first',
    query: staff.staffQueueQuery, responses: { 200: { description: 'Up to 200 prescriptions.', schema: staff.staffQueueSchema } }, problems: [400, 403],
  }),
  getStaffPrescription: defineEndpoint({
    method: 'GET', path: '/staff/prescriptions/{id}', operationId: 'getStaffPrescription', tag: 'staff', access: 'staff', staffScope: 'staff:prescriptions',
    summary: 'A prescription for review: OCR reading, the orders waiting on it, the safety warnings',
    params: q.uuidParams, responses: { 200: { description: 'The prescription.', schema: staff.staffPrescriptionSchema } }, problems: [403, 404],
  }),
  decideStaffPrescription: defineEndpoint({
    method: 'POST', path: '/staff/prescriptions/{id}/decision', operationId: 'decideStaffPrescription', tag: 'staff', access: 'staff', staffScope: 'staff:prescriptions',
    summary: 'Approve or reject a pending prescription',
    description: 'The review page\'s decision, with its rules: every safety warning acknowledged by id, a validity that has not passed, nobody reviewing their own prescription. Approving confirms the orders it now covers; rejecting cancels the orders waiting on it. 409 when it was already decided.',
    params: q.uuidParams, body: staff.staffDecisionBody, responses: { 200: { description: 'What the decision did.', schema: staff.staffDecisionSchema } }, problems: [400, 403, 404, 409, 413, 415, 422],
  }),
  openapi: defineEndpoint({
    method: 'GET', path: '/openapi.json', operationId: 'getOpenApi', tag: 'meta', access: 'public',
    summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1.', mediaType: 'application/json' } }, problems: [],
  }),
} as const;

export type EndpointName = keyof typeof endpoints;
