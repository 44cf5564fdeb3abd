import * as q from './requests';
import * as s from './schemas';
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
    description: 'The same password check, locks and delays as the sign-in page. Customers only: staff accounts are refused (403) until staff endpoints exist.',
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
  listProducts: defineEndpoint({
    method: 'GET', path: '/products', operationId: 'listProducts', tag: 'catalog', access: 'public', etag: true,
    summary: 'List or search products', description: 'The shop\'s search: full text first, then typo correction; a correction that could change the active ingredient is offered in `choices` instead.',
    query: q.catalogQuery, responses: { 200: { description: 'One page; follow nextCursor for the next.', schema: s.productPageSchema } }, problems: [400],
  }),
  getProduct: defineEndpoint({
    method: 'GET', path: '/products/{slug}', operationId: 'getProduct', tag: 'catalog', access: 'public', etag: true,
    summary: 'One product', params: q.slugParams, responses: { 200: { description: 'The product.', schema: s.productDetailSchema } }, problems: [404],
  }),
  listAlternatives: defineEndpoint({
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
  listPrescriptions: defineEndpoint({
    method: 'GET', path: '/prescriptions', operationId: 'listPrescriptions', tag: 'prescriptions', access: 'customer',
    summary: 'My prescriptions, newest first', responses: { 200: { description: 'Up to 100.', schema: s.prescriptionListSchema } }, problems: [],
  }),
  uploadPrescription: defineEndpoint({
    method: 'POST', path: '/prescriptions', operationId: 'uploadPrescription', tag: 'prescriptions', access: 'customer', ratePolicy: 'upload',
    summary: 'Upload a prescription (multipart, field `file`)', description: 'JPEG, PNG, WebP or PDF up to 10 MB, checked by content; images are re-encoded, PDFs turned into page images.',
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
  openapi: defineEndpoint({
    method: 'GET', path: '/openapi.json', operationId: 'getOpenApi', tag: 'meta', access: 'public',
    summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1.', mediaType: 'application/json' } }, problems: [],
  }),
} as const;

export type EndpointName = keyof typeof endpoints;
