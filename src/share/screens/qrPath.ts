import { create } from 'qrcode';

/** Blank modules around the code: scanners need this quiet zone to find it. */
const quietZone = 4;

/** `text` as one SVG path over its dark modules, with the side of the square it sits in. */
export function qrPath(text: string): { path: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.data[row * modules.size + column]) {
        path += `M${column + quietZone} ${row + quietZone}h1v1h-1z`;
      }
    }
  }
  return { path, size: modules.size + 2 * quietZone };
}
