// Hands a file the backend made (base64) to the browser as a download: Electron saves it through
// its download handling, a browser into its downloads folder.
export function saveBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
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
