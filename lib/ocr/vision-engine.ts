import { ImageAnnotatorClient } from '@google-cloud/vision';
import type { OcrEngine, OcrResult } from './types';

export type VisionOptions = {
  /** `host`, `host:port` or `http(s)://host:port`; empty for Google's own endpoint. */
  endpoint?: string;
  apiKey?: string;
};

/** Splits a configured endpoint into what google-gax wants; plain http only for a local fake. */
type ClientOptions = NonNullable<ConstructorParameters<typeof ImageAnnotatorClient>[0]>;

export function visionClientOptions(options: VisionOptions): ClientOptions {
  const base: ClientOptions = { fallback: true, ...(options.apiKey ? { apiKey: options.apiKey } : {}) };
  if (!options.endpoint) return base;
  const url = new URL(/^https?:\/\//.test(options.endpoint) ? options.endpoint : `https://${options.endpoint}`);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { ...base, apiEndpoint: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
}

/** Google Cloud Vision document text detection (REST fallback transport). */
export class VisionEngine implements OcrEngine {
  readonly name = 'google-vision';
  private readonly client: ImageAnnotatorClient;

  constructor(options: VisionOptions) {
    this.client = new ImageAnnotatorClient(visionClientOptions(options));
  }

  async recognize(image: Buffer): Promise<OcrResult> {
    const [result] = await this.client.documentTextDetection({ image: { content: image } });
    if (result.error?.message) throw new Error(`Vision: ${result.error.message}`);
    const annotation = result.fullTextAnnotation;
    const pages = annotation?.pages ?? [];
    const confidences = pages.map((p) => p.confidence).filter((c): c is number => typeof c === 'number');
    const confidence = confidences.length > 0 ? confidences.reduce((a, b) => a + b, 0) / confidences.length : null;
    return { text: annotation?.text ?? result.textAnnotations?.[0]?.description ?? '', confidence, engine: this.name };
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
