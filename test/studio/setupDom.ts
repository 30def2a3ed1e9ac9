/**
 * Browser APIs that @sanity/ui expects and jsdom lacks. Only installed in jsdom test files;
 * node-environment tests have no `window`.
 */
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList

  const noop = () => undefined
  class NoopObserver {
    observe = noop
    unobserve = noop
    disconnect = noop
    takeRecords = () => []
  }
  window.ResizeObserver ??= NoopObserver as unknown as typeof ResizeObserver
  window.IntersectionObserver ??= NoopObserver as unknown as typeof IntersectionObserver
}
