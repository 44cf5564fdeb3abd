declare module '@tesseract.js-data/eng' {
  /** Where eng.traineddata(.gz) lives inside the package, and whether it is gzipped. */
  const data: { code: string; gzip: boolean; langPath: string };
  export default data;
}
