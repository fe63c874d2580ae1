// The QR code of the feedback address, made once in compose so every writer draws the same modules.
import encodeQR from '@paulmillr/qr';
import type { QrCode } from '../model/pack.js';

/**
 * The modules of a QR code for `text` at error correction level M (15 %: a smudged print or a projector's glare still
 * reads), without its quiet zone, which each writer keeps clear around it.
 */
export function qrCode(text: string): QrCode {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: 0 });
  return { text, rows: modules.map((row) => row.map((dark) => (dark ? '1' : '0')).join('')) };
}
