import type {
  TClassifyBatchResult,
  TTitleGroupScheme,
  TTitleGroupSchemeView,
} from '../../../../../contracts/classifier';
import { api } from '../../../app/api';

export const TITLE_GROUPS_KEY = ['careers', 'title-groups'] as const;

export const classifyBatch = (titles: string[]) =>
  api<TClassifyBatchResult>('POST', '/api/careers/classify/batch', { titles });

export const fetchTitleGroups = () =>
  api<TTitleGroupSchemeView>('GET', '/api/careers/title-groups');

export const saveTitleGroups = (scheme: TTitleGroupScheme) =>
  api<TTitleGroupSchemeView>('PUT', '/api/careers/title-groups', scheme);

export const resetTitleGroups = () =>
  api<TTitleGroupSchemeView>('DELETE', '/api/careers/title-groups');
