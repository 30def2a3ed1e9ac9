import {LinkIcon} from '@sanity/icons/Link'
import {defineDocumentInspector, type DocumentInspector, type DocumentInspectorProps} from 'sanity'

import {WHERE_USED_INSPECTOR} from '../constants'
import type {QuotesOptions} from '../types'
import {WhereUsedInspector} from './WhereUsedInspector'

/** "Where used" beside the form of quotes and expert sources. */
export function defineWhereUsedInspector(options: Pick<QuotesOptions, 'types'>): DocumentInspector {
  function WhereUsedForArticles(props: DocumentInspectorProps) {
    return <WhereUsedInspector {...props} articleType={options.types.article} />
  }
  return defineDocumentInspector({
    name: WHERE_USED_INSPECTOR,
    useMenuItem: () => ({icon: LinkIcon, showAsAction: true, title: 'Where used'}),
    component: WhereUsedForArticles,
  })
}
