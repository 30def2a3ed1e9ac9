/** Browser APIs that @sanity/ui expects and jsdom lacks, installed on a jsdom window. */
export function installDomShims(target: Window & typeof globalThis) {
  target.matchMedia ??= (query: string) =>
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
  target.ResizeObserver ??= NoopObserver as unknown as typeof ResizeObserver
  target.IntersectionObserver ??= NoopObserver as unknown as typeof IntersectionObserver
}
