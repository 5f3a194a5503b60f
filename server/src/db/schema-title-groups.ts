/** Tables of the job-title classifier's survey groups (module 5); joined into Database in schema.ts. */

export interface TitleGroupSchemesTable {
  /** One row per institution that edited the scheme; none means the built-in scheme. */
  institution_id: string;
  /** JSON: TTitleGroupScheme. */
  scheme: string;
  updated_by: string | null;
  updated_at: string;
}

export interface TitleGroupTables {
  title_group_schemes: TitleGroupSchemesTable;
}
