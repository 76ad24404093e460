// The schema and its validator (zod and every step's rules) are not needed to list workshops,
// so they load after the home list is on screen (idle prefetch) or at the first read or write.
type WorkshopFiles = typeof import('../../shared/workshop/file');
let filesModule: Promise<WorkshopFiles> | undefined;
export const loadWorkshopFiles = (): Promise<WorkshopFiles> => (filesModule ??= import('../../shared/workshop/file'));
