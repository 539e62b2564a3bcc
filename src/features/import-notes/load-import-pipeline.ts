// The note reader (remark and the extraction core) arrives only when notes are imported: a chunk of its own,
// never part of the initial page.
export const loadImportPipeline = () => import('../../pipeline/browser-import');

export type ImportPipeline = Awaited<ReturnType<typeof loadImportPipeline>>;
