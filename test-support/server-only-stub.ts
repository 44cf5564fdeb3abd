// Stands in for `server-only` in tests, which run as server code outside Next.
export {};
