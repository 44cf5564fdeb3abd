/**
 * The product photo when we host one; otherwise a plain tile with the dosage form, so cards keep
 * their shape. Only same-origin images are shown (the CSP allows nothing else).
 */
export function ProductImage({ imageUrl, brandName, dosageForm, size = 'sm' }: { imageUrl: string | null; brandName: string; dosageForm: string; size?: 'sm' | 'lg' }) {
  const box = size === 'lg' ? 'h-36 w-full sm:h-72' : 'h-28 w-full';
  if (imageUrl && imageUrl.startsWith('/')) {
    // eslint-disable-next-line @next/next/no-img-element -- small local images; next/image adds JS we do not need here
    return <img src={imageUrl} alt={`${brandName} pack`} className={`${box} rounded-md bg-white object-contain`} loading="lazy" />;
  }
  return (
    <div className={`${box} flex items-center justify-center rounded-md bg-brand-50 text-center text-brand-800`} aria-hidden="true">
      <span className={size === 'lg' ? 'text-2xl font-semibold' : 'text-sm font-semibold'}>{dosageForm}</span>
    </div>
  );
}
