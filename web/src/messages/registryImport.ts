/** UI strings of one domain, merged into the dictionaries of i18n.ts (Indonesian first, English same keys). */
export const registryImportId = {} as const;

export const registryImportEn: Record<keyof typeof registryImportId, string> = {};
