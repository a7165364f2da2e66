/** UI strings of one domain, merged into the dictionaries of i18n.ts (Indonesian first, English same keys). */
export const billingId = {} as const;

export const billingEn: Record<keyof typeof billingId, string> = {};
