/** Saves `data` as a JSON file through the browser's download, without leaving the page. */
export function downloadJson(data: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    URL.revokeObjectURL(url);
  }
}

/** `chorus-my-data-2024-03-15.json`, dated today (UTC). */
export function exportFileName(now: Date = new Date()): string {
  return `chorus-my-data-${now.toISOString().slice(0, 10)}.json`;
}
