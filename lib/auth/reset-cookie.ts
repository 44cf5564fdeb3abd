/**
 * The reset token travels from the email link into this httpOnly cookie (scoped to the reset
 * page) and out of the URL, so it is never in page HTML, browser history or a Referer header.
 */
export const RESET_COOKIE = 'medinest.password-reset';
export const RESET_COOKIE_PATH = '/reset-password';
