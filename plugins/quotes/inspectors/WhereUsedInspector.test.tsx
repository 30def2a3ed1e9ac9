// @vitest-environment jsdom
import {act, cleanup, screen} from '@testing-library/react'
import {BehaviorSubject} from 'rxjs'
import {afterEach, describe, expect, it, vi} from 'vitest'

import {renderWithStudio} from '../../../test/studio/renderWithStudio'
import {SOURCE_PERSON_QUERY, WHERE_USED_QUERY} from '../lib/whereUsed'
import {WhereUsedList} from './WhereUsedInspector'

const store = vi.hoisted(() => ({
  calls: [] as {query: string; params: Record<string, unknown>; perspective?: string}[],
  articles: undefined as unknown as import('rxjs').BehaviorSubject<unknown>,
}))
// The real document store is one object for the Studio's lifetime; so is this one.
const documentStore = vi.hoisted(() => ({listenQuery: undefined as unknown}))
vi.mock('sanity', () => ({useDocumentStore: () => documentStore}))
Object.assign(documentStore, {
  listenQuery: (
    query: string,
    params: Record<string, unknown>,
    options: {perspective?: string},
  ) => {
    store.calls.push({query, params, perspective: options.perspective})
    if (query === SOURCE_PERSON_QUERY) {
      return new BehaviorSubject(
        String(params.ids).includes('source') ? 'person-cole-donovan' : null,
      )
    }
    return store.articles
  },
})
vi.mock('sanity/router', () => ({
  IntentLink: (props: {children: unknown; params: {id: string}}) => (
    <a href={`#edit-${props.params.id}`}>{props.children as string}</a>
  ),
}))

afterEach(() => {
  cleanup()
  store.calls.length = 0
})

describe('Where used', () => {
  it('lists the articles live, one row per article, drafts marked', async () => {
    store.articles = new BehaviorSubject<unknown>([
      {_id: 'article-a', headline: 'US Signs Tech Deals', publishedAt: '2025-10-30T12:00:00Z'},
      {_id: 'drafts.article-a', headline: 'US Signs Tech Deals (edited)'},
    ])
    renderWithStudio(<WhereUsedList documentId="quote-kratsios" articleType="article" />)
    expect(await screen.findByText('Used in 1 article')).toBeTruthy()
    expect(screen.getByText('US Signs Tech Deals (edited)').getAttribute('href')).toBe(
      '#edit-article-a',
    )
    expect(screen.getByText('Not published · has unpublished changes')).toBeTruthy()
    const whereUsed = store.calls.find((call) => call.query === WHERE_USED_QUERY)!
    expect(whereUsed.params).toEqual({
      ids: ['quote-kratsios', 'drafts.quote-kratsios'],
      personId: null,
    })
    expect(whereUsed.perspective).toBe('raw')

    act(() => store.articles.next([]))
    expect(await screen.findByText('No article uses this yet.')).toBeTruthy()
  })

  it('for an expert source, counts articles quoting its person', async () => {
    store.articles = new BehaviorSubject<unknown>([{_id: 'article-a', headline: 'Story'}])
    renderWithStudio(<WhereUsedList documentId="drafts.source-donovan" articleType="article" />)
    expect(await screen.findByText('Story')).toBeTruthy()
    const whereUsed = store.calls.find((call) => call.query === WHERE_USED_QUERY)!
    expect(whereUsed.params).toEqual({
      ids: ['source-donovan', 'drafts.source-donovan'],
      personId: 'person-cole-donovan',
    })
  })

  it('shows a query error', async () => {
    store.articles = new BehaviorSubject<unknown>(null)
    store.articles.error(new Error('Forbidden'))
    renderWithStudio(<WhereUsedList documentId="quote-x" articleType="article" />)
    expect(await screen.findByText('Could not look up the articles: Forbidden')).toBeTruthy()
  })
})
