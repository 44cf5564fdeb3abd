import type { MetadataRoute } from 'next';

const BRAND = '#047857';

// Served at /manifest.webmanifest (Next links it from every page's head). Static: it is the same
// for everyone and holds nothing private. Nepali names come with next-intl.
export default function manifest(): MetadataRoute.Manifest {
  const shortcutIcons = [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }];
  return {
    id: '/',
    name: 'MediNest — online pharmacy',
    short_name: 'MediNest',
    description: 'Genuine medicines delivered across Nepal. Upload your prescription, pay with eSewa, Khalti or cash on delivery.',
    lang: 'en',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: BRAND,
    background_color: '#ffffff',
    categories: ['medical', 'health', 'shopping'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: 'Search medicines', short_name: 'Search', url: '/products', icons: shortcutIcons },
      { name: 'My orders', short_name: 'Orders', url: '/orders', icons: shortcutIcons },
      { name: 'Upload a prescription', short_name: 'Prescription', url: '/prescriptions/new', icons: shortcutIcons },
    ],
  };
}
