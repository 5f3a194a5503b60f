import type { TTitleClassification } from '../../../../contracts/classifier';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import { classifyTitle, isTitleError } from './classifier';

/** Classifies a profile's job title with the institution's survey-group keyword scheme. */
export async function classifyForInstitution(
  _db: Db,
  _institutionId: string,
  title: string,
): Promise<TTitleClassification> {
  const result = classifyTitle(title as unknown);
  if (isTitleError(result)) {
    throw AppError.validation([{ path: 'jobTitle', message: result.error }]);
  }
  return result;
}
