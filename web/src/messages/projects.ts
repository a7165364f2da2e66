/** UI strings of one domain, merged into the dictionaries of i18n.ts (Indonesian first, English same keys). */
export const projectsId = {} as const;

export const projectsEn: Record<keyof typeof projectsId, string> = {};
