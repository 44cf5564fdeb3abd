import type { Locator } from '@playwright/test';

/**
 * Resolves once React has hydrated the element: React marks the DOM nodes it owns with its fiber.
 * A test that changes the DOM or types before this races hydration, which may redraw the node.
 */
export async function hydrated(locator: Locator): Promise<void> {
  await locator.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const check = () => (Object.keys(element).some((key) => key.startsWith('__reactFiber$')) ? resolve() : setTimeout(check, 20));
        check();
      }),
  );
}
