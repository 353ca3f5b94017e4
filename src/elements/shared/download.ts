/**
 * Saves a Blob as a file through the browser's download (an `<a download>` clicked from code).
 *
 * ```ts
 * downloadBlob(await exportContactsCsv(source, target, columns), 'contacts.csv');
 * ```
 *
 * The object URL is revoked once the browser has taken the file (on the next task: revoking at
 * once cancels the download in some browsers). The link is never put in the document.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFilename(filename);
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The name without path separators or control characters; `download` when nothing is left. */
export function safeFilename(filename: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = filename.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_').trim();
  return cleaned.replace(/^\.+/, '') || 'download';
}
