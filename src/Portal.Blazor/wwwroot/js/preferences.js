// Remembers a display preference for a year, readable by the server on the next page request.
export function setCookie(name, value) {
  document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}; max-age=31536000; path=/; samesite=lax`;
}
