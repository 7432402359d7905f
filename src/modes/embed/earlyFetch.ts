/**
 * The embed's data requests, started by a small inline script in embed.html before the page's
 * JavaScript has downloaded (earlyFetchScript.ts writes it at build time), so the data arrives
 * while the chart's code is still compiling. They are the same requests fetchReader would make
 * (same URL, `cache: 'no-cache'`), so a republished dataset is still revalidated.
 */

/** Where the inline script leaves its responses: absolute URL → the pending response. */
export const EARLY_FETCHES = '__povertyEmbedFetches';

type Early = Record<string, Promise<Response> | undefined>;

/**
 * A fetch that answers each request the inline script already started with that response
 * (once: a body can be read only once), and fetches anything else itself.
 */
export function earlyFetch(early: Early | undefined, fetchFn: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const started = early?.[url];
    if (!early || !started) return fetchFn(input, init);
    delete early[url];
    return started;
  };
}

/** The responses the inline script started on this page, if it ran. */
export function pageEarlyFetches(): Early | undefined {
  return (globalThis as unknown as Record<string, Early | undefined>)[EARLY_FETCHES];
}
