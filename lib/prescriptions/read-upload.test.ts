import { describe, expect, it } from 'vitest';
import { FileRefusedError } from './file-check';
import { MalformedUploadError, readUploadedFile } from './read-upload';

function streamOf(total: number, chunk = 1024 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size));
    },
  });
}

describe('readUploadedFile', () => {
  it('returns the file field of a multipart upload', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'rx.jpg');
    const bytes = await readUploadedFile(new Request('http://localhost/api/prescriptions', { method: 'POST', body: form }));
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('stops reading a chunked body without Content-Length once it passes the limit', async () => {
    const request = new Request('http://localhost/api/prescriptions', {
      method: 'POST',
      body: streamOf(40 * 1024 * 1024),
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit);
    const error = await readUploadedFile(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRefusedError);
    expect((error as FileRefusedError).reason).toBe('too_large');
  });

  it('refuses a body that is not a form with a file', async () => {
    const request = new Request('http://localhost/api/prescriptions', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
    await expect(readUploadedFile(request)).rejects.toBeInstanceOf(MalformedUploadError);
  });
});
