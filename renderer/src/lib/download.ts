// Hands a file to the browser as a download (a CSV export, a PDF the backend made): Electron
// saves it through its download handling, a browser into its downloads folder.
export function saveFile(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, not before the download has started.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file the backend made, sent as base64 so both transports carry it. */
export function saveBase64(fileName: string, base64: string, type: string): void {
  saveFile(
    fileName,
    Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
    type,
  );
}
