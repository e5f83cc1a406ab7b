import { useMemo } from 'react';
import { encode } from 'uqr';

/** One path of unit squares, one per dark module: a few kilobytes where a rect per module would be thousands of nodes. */
function modulesPath(data: boolean[][]): string {
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return path;
}

/** The case number as a QR code, so a filed paper form can be scanned back to its case. */
export function CaseQr({ value, label, sizeMm = 18 }: { value: string; label: string; sizeMm?: number }) {
  const { path, size } = useMemo(() => {
    const { data } = encode(value, { ecc: 'M', border: 1 });
    return { path: modulesPath(data), size: data.length };
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shapeRendering="crispEdges"
      data-qr={value}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
