// Saves text or bytes as a file through a temporary link: nothing leaves the machine.

export function download(
  win: Window,
  name: string,
  content: string | Uint8Array | Blob,
  type: string,
): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = win.document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  win.document.body.append(a);
  a.click();
  a.remove();
  win.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
