import QRCode from 'qrcode';

/**
 * Level Q restores up to a quarter of the code, enough for a label that is scuffed, glared on or
 * partly covered by a thumb; margin 4 is the quiet zone the QR standard asks for.
 */
export const LABEL_QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'Q', margin: 4 } as const;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The QR code for `text` as inline SVG, sized by CSS (no width or height of its own), announced as one
 * image named `accessibleName` rather than as hundreds of paths.
 */
export async function qrSvg(text: string, accessibleName: string): Promise<string> {
  const svg = await QRCode.toString(text, LABEL_QR_OPTIONS);
  return svg.replace(
    /^<svg /,
    `<svg class="label-qr" role="img" aria-label="${escapeAttribute(accessibleName)}" focusable="false" `,
  );
}
