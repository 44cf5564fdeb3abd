/**
 * The `code` of each answer of /api/push/subscriptions. The opt-in on the account page
 * (components/account/push-notifications.tsx) words it in the page's language; `message` keeps the
 * English sentence for other clients.
 */
export type PushRefusalCode = 'unknown_service' | 'busy' | 'taken';
export type PushAnswerCode = 'on' | 'off' | 'not_subscribed' | 'sign_in' | 'not_a_subscription' | PushRefusalCode;
