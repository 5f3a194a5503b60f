/** Tables of Open Badges credentials (module 4); joined into Database in schema.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the module grows
export interface CredentialTables {}
