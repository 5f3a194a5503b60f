/** Tables of peer review and accreditation (module 4); joined into Database in schema.ts. */
export interface ReviewSchemesTable {
  id: string;
  institution_id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface ReviewTables {
  review_schemes: ReviewSchemesTable;
}
