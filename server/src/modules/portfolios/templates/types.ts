import type { TTemplateSpec } from '../../../../../contracts/portfolios';

/** A built-in portfolio template: data, synced at start like the built-in frameworks. */
export type BuiltinTemplate = {
  key: string;
  title: string;
  scheme: string;
  description: string;
  spec: TTemplateSpec;
};
