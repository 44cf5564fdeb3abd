import { NotFoundMessage } from '@/components/layout/not-found-message';

// Static: it is part of every page's tree, cached ones included. An address no route matches is
// answered by global-not-found.tsx instead.
export default function NotFound() {
  return <NotFoundMessage />;
}
