/**
 * Small hand-written PDFs for tests: pages of Helvetica text, and the active parts an attacker
 * would add (JavaScript OpenAction, a launch action, an embedded file). Offsets in the xref table
 * are computed, so PDFium opens them without repair.
 */

export const PDF_SCRIPT = 'var medinestScriptMarker = app.viewerVersion;';
export const PDF_EMBEDDED_FILE_MARKER = 'MZ-medinest-embedded-file-marker';
export const PDF_LAUNCH_MARKER = 'medinest-launch-marker.exe';

type PdfOptions = {
  /** Lines of text per page; one inner array is one page. */
  pages: string[][];
  /** OpenAction JavaScript, a launch action on the first page and an embedded file. */
  active?: boolean;
  /** A standard-security dictionary whose user password is not empty: opening needs a password. */
  encrypted?: boolean;
  /** A4 by default; in points (1/72 inch). */
  pageSize?: { width: number; height: number };
};

function escapeText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

export function makePdf(options: PdfOptions): Buffer {
  const { width, height } = options.pageSize ?? { width: 595, height: 842 };
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) as number; // object numbers start at 1
  const catalog = add(''); // filled in below, once the other objects have numbers
  const pagesRef = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const script = options.active ? add(`<< /S /JavaScript /JS (${escapeText(PDF_SCRIPT)}) >>`) : 0;
  const launch = options.active ? add(`<< /S /Launch /F (${PDF_LAUNCH_MARKER}) /NewWindow true >>`) : 0;
  const embeddedStream = options.active ? add(`<< /Length ${PDF_EMBEDDED_FILE_MARKER.length} >>\nstream\n${PDF_EMBEDDED_FILE_MARKER}\nendstream`) : 0;
  const fileSpec = options.active ? add(`<< /Type /Filespec /F (invoice.exe) /EF << /F ${embeddedStream} 0 R >> >>`) : 0;
  const pageRefs: number[] = [];
  options.pages.forEach((lines, index) => {
    const content = lines.map((line, i) => `BT /F1 28 Tf 60 ${height - 90 - i * 44} Td (${escapeText(line)}) Tj ET`).join('\n');
    const contents = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const actions = options.active && index === 0 ? ` /AA << /O ${launch} 0 R >>` : '';
    pageRefs.push(add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R${actions} >>`));
  });
  const active = options.active ? ` /OpenAction ${script} 0 R /Names << /EmbeddedFiles << /Names [(invoice.exe) ${fileSpec} 0 R] >> >>` : '';
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R${active} >>`;
  objects[pagesRef - 1] = `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`;

  const encrypt = options.encrypted ? ` /Encrypt ${add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';

  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
