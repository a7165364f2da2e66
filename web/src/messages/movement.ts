/** UI strings of one domain, merged into the dictionaries of i18n.ts (Indonesian first, English same keys). */
export const movementId = {} as const;

export const movementEn: Record<keyof typeof movementId, string> = {};
