/**
 * First render of the Follow-ups list in jsdom, created here with `new JSDOM()`: how many rows
 * reach the DOM (the virtualizer should keep it to a screenful) and how long the render takes.
 */
import {createRequire} from 'node:module'

import {installDomShims} from '../test/studio/domShims'

interface JsdomModule {
  JSDOM: new (html: string, options: object) => {window: Window & typeof globalThis}
}

export async function benchFollowUpsFirstRender(count: number) {
  // jsdom ships no types (and @types/jsdom is not installed); require() keeps tsc quiet.
  const {JSDOM} = createRequire(import.meta.url)('jsdom') as JsdomModule
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true,
    url: 'http://localhost:3333/',
  })
  const {window} = dom
  const globals: Record<string, unknown> = {
    window,
    document: window.document,
    navigator: window.navigator,
    HTMLElement: window.HTMLElement,
    Element: window.Element,
    Node: window.Node,
    getComputedStyle: window.getComputedStyle.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
    IS_REACT_ACT_ENVIRONMENT: true,
  }
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, key, {value, configurable: true, writable: true})
  }
  installDomShims(window)
  ;(globalThis as unknown as {ResizeObserver: unknown}).ResizeObserver = window.ResizeObserver

  const [{createElement}, testing, ui, router, list, rows, data] = await Promise.all([
    import('react'),
    import('@testing-library/react'),
    import('@sanity/ui'),
    import('sanity/router'),
    import('../plugins/followUps/tool/FollowUpList'),
    import('../plugins/followUps/lib/followUpRows'),
    import('../plugins/followUps/test/generateQueryResult'),
  ])
  // tsx compiles the plugin's JSX with the classic runtime (tsconfig keeps `jsx: preserve` for the
  // Studio's bundler), which calls a global `React.createElement`.
  Object.defineProperty(globalThis, 'React', {value: await import('react'), configurable: true})
  const today = '2026-11-26'
  const {items} = rows.toListItems(
    rows.buildFollowUpRows(data.generateQueryResult(count, today), {today, timeZone: 'UTC'}),
  )
  const listElement = createElement(list.FollowUpList, {
    items,
    commitmentType: 'commitment',
    onAction: () => undefined,
  })
  const tree = createElement(
    ui.ThemeProvider,
    {theme: ui.studioTheme},
    createElement(router.RouterProvider, {
      router: router.route.create('/', [router.route.intents('/intent')]),
      state: {},
      onNavigate: () => undefined,
      children: listElement,
    }),
  )
  // Testing Library's render commits synchronously (inside act), so the clock covers the render.
  const mount = () => {
    const start = performance.now()
    const {container, unmount} = testing.render(tree)
    const ms = performance.now() - start
    const rendered = container.querySelectorAll('[data-testid="follow-up-row"]').length
    unmount()
    return {ms, rendered}
  }
  const first = mount()
  const warm = [1, 2, 3, 4, 5].map(() => mount().ms).sort((a, b) => a - b)[2]!
  window.close()
  return {items: items.length, rendered: first.rendered, firstMs: first.ms, warmMs: warm}
}
