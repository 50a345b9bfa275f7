import { useEffect, useState } from 'react';

interface Drawn {
  text: string;
  path: string;
  size: number;
}

/**
 * `text` as a QR code: dark on light whatever the theme (scanners expect that), drawn as SVG
 * (crisp at any size; nothing parsed from a string). The QR library loads only when a code is
 * shown. It is imported here rather than through lazy(): Rolldown moves React out of the first
 * screen's chunk when a lazy chunk loaded by another lazy chunk imports it, which costs the first
 * screen more than this component weighs.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let current = true;
    void import('./qrPath').then(({ qrPath }) => {
      if (current) setDrawn({ text, ...qrPath(text) });
    });
    return () => {
      current = false;
    };
  }, [text]);
  if (drawn?.text !== text) return null;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={drawn.size} height={drawn.size} fill="#ffffff" />
      <path d={drawn.path} fill="#000000" />
    </svg>
  );
}
