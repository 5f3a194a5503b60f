import type { TFrameworkItem } from '../../../../contracts';
import { itemName } from './words';
import './frameworks.css';

/**
 * An item's code as a monospace badge, then its name. The space between them is real text,
 * so a link around both is named "4.3 Collaborator", not "4.3Collaborator".
 */
export function CodeAndName({
  item,
}: {
  item: Pick<TFrameworkItem, 'code' | 'title' | 'statement'>;
}) {
  const code = item.code?.trim();
  return (
    <>
      {code ? (
        <>
          <span className="fw-code">{code}</span>{' '}
        </>
      ) : null}
      <span className="fw-tree-name">{itemName(item)}</span>
    </>
  );
}
