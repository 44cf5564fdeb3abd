/** proxy.ts copies the requested path into this request header; pages cannot otherwise see their URL. */
export const PATHNAME_HEADER = 'x-medinest-pathname';
