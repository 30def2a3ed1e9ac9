import {BlockquoteIcon} from '@sanity/icons/Blockquote'
import {ComposeIcon} from '@sanity/icons/Compose'
import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {EarthGlobeIcon} from '@sanity/icons/EarthGlobe'
import {LockIcon} from '@sanity/icons/Lock'
import {TaskIcon} from '@sanity/icons/Task'
import {UserIcon} from '@sanity/icons/User'
import type {ListItemBuilder, StructureBuilder, StructureResolver} from 'sanity/structure'

import {API_VERSION} from '../schemas/apiVersion'
import {
  agreementsByStatus,
  articlesByKind,
  commitmentsByStatus,
  commitmentsOfAgreement,
  type ListFilter,
} from './listFilters'
import {sourceDirectoryItem} from './sourceDirectory'

function filteredList(S: StructureBuilder, list: ListFilter): ListItemBuilder {
  return S.listItem()
    .id(list.id)
    .title(list.title)
    .schemaType(list.schemaType)
    .child(
      S.documentTypeList(list.schemaType)
        .id(list.id)
        .title(list.title)
        .apiVersion(API_VERSION)
        .filter(list.filter)
        .params(list.params ?? {}),
    )
}

function agreementsItem(S: StructureBuilder) {
  return S.listItem()
    .id('agreements')
    .title('Agreements')
    .icon(DocumentTextIcon)
    .child(
      S.list()
        .id('agreements')
        .title('Agreements')
        .items([
          S.listItem()
            .id('agreements-all')
            .title('All agreements')
            .schemaType('agreement')
            .child(
              S.documentTypeList('agreement')
                .id('agreements-all')
                .title('All agreements')
                .child((agreementId) =>
                  S.list()
                    .id(`agreement-${agreementId}`)
                    .title('Agreement')
                    .items([
                      S.listItem()
                        .id('agreement-document')
                        .title('Agreement')
                        .icon(DocumentTextIcon)
                        .child(S.document().schemaType('agreement').documentId(agreementId)),
                      S.listItem()
                        .id('agreement-commitments')
                        .title('Its commitments')
                        .icon(TaskIcon)
                        .child(
                          S.documentTypeList('commitment')
                            .title(commitmentsOfAgreement.title)
                            .apiVersion(API_VERSION)
                            .filter(commitmentsOfAgreement.filter)
                            .params({agreementId}),
                        ),
                    ]),
                ),
            ),
          S.divider(),
          ...agreementsByStatus.map((list) => filteredList(S, list)),
        ]),
    )
}

export const deskStructure: StructureResolver = (S) =>
  S.list()
    .id('desk')
    .title('Policy Desk')
    .items([
      agreementsItem(S),
      S.listItem()
        .id('commitments')
        .title('Commitments')
        .icon(TaskIcon)
        .child(
          S.list()
            .id('commitments')
            .title('Commitments')
            .items([
              S.documentTypeListItem('commitment').id('commitments-all').title('All commitments'),
              S.divider(),
              ...commitmentsByStatus.map((list) => filteredList(S, list)),
            ]),
        ),
      S.documentTypeListItem('quote').title('Quotes').icon(BlockquoteIcon),
      S.listItem()
        .id('articles')
        .title('Articles')
        .icon(ComposeIcon)
        .child(
          S.list()
            .id('articles')
            .title('Articles')
            .items([
              S.documentTypeListItem('article').id('articles-all').title('All articles'),
              S.divider(),
              ...articlesByKind.map((list) => filteredList(S, list)),
            ]),
        ),
      S.divider(),
      sourceDirectoryItem(S),
      S.documentTypeListItem('person').title('People').icon(UserIcon),
      S.documentTypeListItem('organization').title('Organizations').icon(EarthGlobeIcon),
      S.divider(),
      S.documentTypeListItem('sourceContact').title('Source contacts (private)').icon(LockIcon),
    ])
