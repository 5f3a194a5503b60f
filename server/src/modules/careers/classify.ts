import type { TTitleClassification } from '../../../../contracts/classifier';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import { classifyTitle, isTitleError } from './classifier';
import { groupScheme } from './classifier-routes';

/**
 * Classifies a profile's job title with the institution's survey-group keyword scheme (the
 * built-in one until its managers edit it). A title the classifier cannot read is refused.
 */
export async function classifyForInstitution(
  db: Db,
  institutionId: string,
  title: string,
): Promise<TTitleClassification> {
  const { scheme } = await groupScheme(db, institutionId);
  const result = classifyTitle(title as unknown, scheme);
  if (isTitleError(result)) {
    throw AppError.validation([{ path: 'jobTitle', message: result.error }]);
  }
  return result;
}
