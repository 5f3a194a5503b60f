import { createContext } from 'react';
import type { TFrameworkNode } from '../../../../../contracts';

// Items of a draft: one form and one confirmation for the whole tree

export type ItemAction =
  | { kind: 'add'; parent: TFrameworkNode | null; onAdded?: () => void }
  | { kind: 'edit'; node: TFrameworkNode }
  | { kind: 'delete'; node: TFrameworkNode };

export interface DraftEditing {
  start: (action: ItemAction) => void;
  move: (node: TFrameworkNode, position: number) => void;
  moving: boolean;
}

export const DraftContext = createContext<DraftEditing | null>(null);
