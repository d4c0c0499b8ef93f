/** How many leading bytes of a file are looked at to tell text from binary (git looks at 8000). */
export const sniffBytes = 8000;

/**
 * Why the leading bytes of a file say it is not text, or null when they look like text. A NUL byte, a UTF-16
 * byte order mark, or more than 10% control characters (other than tab, line feed, carriage return, form feed
 * and escape) mean binary data or a text encoding dyad does not read. Bytes above 0x7f are not judged here:
 * invalid UTF-8 is reported line by line, where it is.
 */
export function binaryProblem(head: Uint8Array): string | null {
  const sample = head.subarray(0, sniffBytes);
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    return 'the file is UTF-16 text; dyad reads UTF-8 (convert it, e.g. with iconv -f UTF-16 -t UTF-8)';
  }
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) return `the file is binary (a NUL byte at offset ${i}), not UTF-8 text`;
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) ||
      byte === 0x7f
    ) {
      control++;
    }
  }
  if (sample.length > 0 && control / sample.length > 0.1) {
    return `the file is binary (${control} control bytes in its first ${sample.length}), not UTF-8 text`;
  }
  return null;
}
