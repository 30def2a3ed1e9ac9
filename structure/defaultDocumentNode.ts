/**
 * Document views: articles get a reader's "Preview" beside the form. Wired in sanity.config.ts
 * as `structureTool({structure: deskStructure, defaultDocumentNode})`.
 */
import {EyeOpenIcon} from '@sanity/icons/EyeOpen'
import type {DefaultDocumentNodeResolver} from 'sanity/structure'

import {ArticlePreviewView} from '../plugins/quotes'

export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, {schemaType}) => {
  if (schemaType === 'article') {
    return S.document().views([
      S.view.form(),
      S.view.component(ArticlePreviewView).id('preview').title('Preview').icon(EyeOpenIcon),
    ])
  }
  return S.document().views([S.view.form()])
}
