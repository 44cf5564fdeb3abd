/** One OCR backend. Confidence is 0..1; engines report their own scale and convert. */
export type OcrResult = { text: string; confidence: number | null; engine: string };

export interface OcrEngine {
  readonly name: string;
  recognize(image: Buffer): Promise<OcrResult>;
}
