/** Tables of Careers (module 5); joined into Database in schema.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the module grows
export interface CareerTables {}
