/** The login page's query parameter naming where to go back to after signing in. */
export const RETURN_PARAM = 'kembali';

/**
 * A path inside this dashboard to return to, or `/`. Anything that could leave the site — an absolute
 * URL, a protocol-relative `//host`, a backslash trick — is refused, so the login page cannot be used
 * to send people elsewhere.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  if (value.startsWith('/masuk')) return '/';
  return value;
}

/** `/masuk?kembali=/impor%3Fbulan%3D2024-10`. */
export function loginPath(returnTo: string): string {
  const target = safeReturnPath(returnTo);
  return target === '/' ? '/masuk' : `/masuk?${new URLSearchParams({ [RETURN_PARAM]: target })}`;
}

/** The current path with its query string, as the return target of a login link. */
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}
