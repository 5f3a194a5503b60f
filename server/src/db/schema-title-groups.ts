/** Tables of The job-title classifier's survey groups (module 5); joined into Database in schema.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the module grows
export interface TitleGroupTables {}
