// Saving a generated text as a download: a temporary link to a Blob, clicked once.
/** Saves `text` as a file called `fileName`; screens take it as a prop so tests can see what would be saved. */
export type SaveFile = (fileName: string, text: string, type: string) => void;

/** Long enough for the browser to start reading the Blob after the click, in every browser. */
const KEEP_URL_MS = 60_000;

export const saveTextFile: SaveFile = (fileName, text, type) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
};
