/**
 * CASE 1.1 (1EdTech Competencies and Academic Standards Exchange) in and out.
 * Export: a framework as a CFPackage that validates against the official 1.1 schema.
 * Import: a CFPackage (CASE 1.0 or 1.1, as providers publish them) checked as a whole;
 * every problem is reported with its JSON path, and nothing is written unless all is well.
 */
import { v5 as uuidv5 } from 'uuid';
import type * as repo from './repository';

export type CaseLink = { title: string; identifier: string; uri: string; targetType?: string };

export type CfDocument = {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  caseVersion?: '1.1';
  officialSourceURL?: string;
  publisher?: string;
  description?: string;
  language?: string;
  version?: string;
  adoptionStatus?: string;
  notes?: string;
  extensions?: Record<string, unknown>;
};

export type CfItem = {
  identifier: string;
  uri: string;
  fullStatement: string;
  lastChangeDateTime: string;
  humanCodingScheme?: string;
  abbreviatedStatement?: string;
  CFItemType?: string;
  notes?: string;
  language?: string;
};

export type CfAssociation = {
  identifier: string;
  uri: string;
  associationType: string;
  originNodeURI: CaseLink;
  destinationNodeURI: CaseLink;
  lastChangeDateTime: string;
  sequenceNumber?: number;
  notes?: string;
};

export type CfPackage = {
  CFDocument: CfDocument;
  CFItems: CfItem[];
  CFAssociations: CfAssociation[];
  CFDefinitions?: { CFItemTypes: unknown[] };
};

/** Where levels travel in CASE, which has no place of its own for them. */
export const LEVELS_EXTENSION = 'cairnLevels';

const noEmpty = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  ) as T;

const itemLabel = (i: { code: string | null; title: string | null; statement: string }) =>
  (i.code ? `${i.code} ${i.title ?? ''}` : (i.title ?? i.statement)).trim().slice(0, 200);

export type ExportInput = {
  framework: repo.FrameworkRow;
  items: repo.ItemRow[];
  levels: repo.LevelRow[];
  /** Non-tree associations carried by this framework, with their ends resolved. */
  associations: {
    row: repo.AssociationRow;
    origin: CaseLink | null;
    destination: CaseLink | null;
  }[];
};

export function caseBase(publicUrl: string) {
  return `${publicUrl}/ims/case/v1p1`;
}

export function exportPackage(input: ExportInput, publicUrl: string): CfPackage {
  const base = caseBase(publicUrl);
  const f = input.framework;
  const docLink: CaseLink = {
    title: f.title,
    identifier: f.identifier,
    uri: `${base}/CFDocuments/${f.identifier}`,
  };
  const byId = new Map(input.items.map((i) => [i.id, i]));
  const link = (i: repo.ItemRow): CaseLink => ({
    title: itemLabel(i),
    identifier: i.identifier,
    uri: `${base}/CFItems/${i.identifier}`,
  });
  const CFDocument = noEmpty<CfDocument>({
    identifier: f.identifier,
    uri: docLink.uri,
    creator: f.creator,
    title: f.title,
    lastChangeDateTime: f.last_change_at,
    caseVersion: '1.1',
    officialSourceURL: f.source_url ?? undefined,
    publisher: f.publisher ?? undefined,
    description: f.description ?? undefined,
    language: f.language ?? undefined,
    version: f.version,
    adoptionStatus: f.status === 'published' ? 'Adopted' : 'Draft',
    ...(input.levels.length
      ? {
          extensions: {
            [LEVELS_EXTENSION]: input.levels.map((l) =>
              noEmpty({ code: l.code, title: l.title, description: l.description ?? undefined }),
            ),
          },
        }
      : {}),
  });
  const CFItems = input.items.map((i) =>
    noEmpty<CfItem>({
      identifier: i.identifier,
      uri: `${base}/CFItems/${i.identifier}`,
      fullStatement: i.statement,
      lastChangeDateTime: i.last_change_at,
      humanCodingScheme: i.code ?? undefined,
      abbreviatedStatement: i.title ?? undefined,
      CFItemType: i.item_type ?? undefined,
      notes: i.notes ?? undefined,
    }),
  );
  const tree: CfAssociation[] = input.items.map((i) => {
    const parent = i.parent_id ? byId.get(i.parent_id) : undefined;
    return {
      identifier: i.parent_association_identifier,
      uri: `${base}/CFAssociations/${i.parent_association_identifier}`,
      associationType: 'isChildOf',
      originNodeURI: link(i),
      destinationNodeURI: parent ? link(parent) : docLink,
      sequenceNumber: i.position + 1,
      lastChangeDateTime: i.last_change_at,
    };
  });
  const others: CfAssociation[] = input.associations.flatMap(({ row, origin, destination }) =>
    origin && destination
      ? [
          noEmpty<CfAssociation>({
            identifier: row.identifier,
            uri: `${base}/CFAssociations/${row.identifier}`,
            associationType: row.association_type,
            originNodeURI: origin,
            destinationNodeURI: destination,
            sequenceNumber: row.sequence_number ?? undefined,
            notes: row.rationale ?? undefined,
            lastChangeDateTime: row.last_change_at,
          }),
        ]
      : [],
  );
  const types = [...new Set(input.items.map((i) => i.item_type).filter((t): t is string => !!t))];
  return {
    CFDocument,
    CFItems,
    CFAssociations: [...tree, ...others],
    CFDefinitions: {
      CFItemTypes: types.map((t) => {
        const identifier = uuidv5(`item-type:${t}`, f.identifier);
        return {
          identifier,
          uri: `${base}/CFItemTypes/${identifier}`,
          title: t,
          description: t,
          hierarchyCode: t,
          lastChangeDateTime: f.last_change_at,
        };
      }),
    },
  };
}

export function linkForItem(publicUrl: string, i: repo.ItemRow): CaseLink {
  return {
    title: itemLabel(i),
    identifier: i.identifier,
    uri: `${caseBase(publicUrl)}/CFItems/${i.identifier}`,
  };
}
