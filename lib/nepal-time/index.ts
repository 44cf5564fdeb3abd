// Client-safe: components and pages import from here. SQL fragments live in ./sql (server only).
export * from './calendar';
export * from './format';
export * from './bikram-sambat';
export * from './typed-day';
