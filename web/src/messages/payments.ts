/** UI strings of one domain, merged into the dictionaries of i18n.ts (Indonesian first, English same keys). */
export const paymentsId = {} as const;

export const paymentsEn: Record<keyof typeof paymentsId, string> = {};
