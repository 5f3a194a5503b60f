/** Query keys for the link checks on the public pages. */
export const previewKey = (token: string) => ['invitation-preview', token] as const;
export const resetCheckKey = (token: string) => ['password-reset', token] as const;
