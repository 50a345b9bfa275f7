/** Hands a text file to the browser's download, which works offline and needs no server. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once started; a moment later the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2026-11-25`, in local time, for file names. */
export function fileDate(time: number): string {
  const date = new Date(time);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
