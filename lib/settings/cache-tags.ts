/** Every page shows the footer's licence details, so a save expires every page that read them. */
export const SHOP_SETTINGS_TAG = 'shop-settings';
