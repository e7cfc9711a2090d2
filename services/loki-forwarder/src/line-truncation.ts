/** What a truncated line ends with: the original size, so nobody mistakes it for the whole line. */
export function truncationMarker(originalBytes: number): string {
  return ` [truncated by loki-forwarder: ${originalBytes} bytes]`;
}

/** A line as sent, and whether it was cut. */
export interface FittedLine {
  readonly line: string;
  readonly truncated: boolean;
}

/**
 * Fits a line into `maxBytes` of UTF-8: short lines are returned unchanged; longer ones are cut
 * on a character boundary and end with {@link truncationMarker}.
 */
export function fitLine(line: string, maxBytes: number): FittedLine {
  // A UTF-16 unit never takes more than 3 UTF-8 bytes: most lines skip the byte count.
  if (line.length * 3 <= maxBytes) return { line, truncated: false };
  const bytes = Buffer.byteLength(line, 'utf8');
  if (bytes <= maxBytes) return { line, truncated: false };
  const marker = truncationMarker(bytes);
  const room = Math.max(0, maxBytes - Buffer.byteLength(marker, 'utf8'));
  const buffer = Buffer.from(line, 'utf8');
  let end = room;
  // Back off while the first excluded byte continues a multi-byte character.
  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end--;
  return { line: buffer.subarray(0, end).toString('utf8') + marker, truncated: true };
}
