/**
 * The source directory: expert sources with who they are now, where they were before, what
 * they know and when the desk last quoted them, filterable by expertise and by organisation.
 */
import {BookIcon} from '@sanity/icons/Book'
import {CaseIcon} from '@sanity/icons/Case'
import {EarthGlobeIcon} from '@sanity/icons/EarthGlobe'
import {TagIcon} from '@sanity/icons/Tag'
import type {ComponentBuilder, ListItemBuilder, StructureBuilder} from 'sanity/structure'

import {SourceDirectoryPane} from '../plugins/quotes/components/SourceDirectoryPane'
import {
  distinctExpertise,
  distinctOrganizations,
  EXPERTISE_QUERY,
  SOURCE_ORGANIZATIONS_QUERY,
  type DirectoryFilter,
} from '../plugins/quotes/lib/sourceDirectory'
import {API_VERSION} from '../schemas/apiVersion'

function directoryPane(S: StructureBuilder, id: string, title: string, filter: DirectoryFilter) {
  return S.component(SourceDirectoryPane)
    .id(id)
    .title(title)
    .options({...filter})
    .child((sourceId: string) =>
      S.document().schemaType('expertSource').documentId(sourceId),
    ) as ComponentBuilder
}

const slugify = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'tag'

export function sourceDirectoryItem(S: StructureBuilder): ListItemBuilder {
  const client = () => S.context.getClient({apiVersion: API_VERSION})
  return S.listItem()
    .id('source-directory')
    .title('Expert sources')
    .icon(BookIcon)
    .child(
      S.list()
        .id('source-directory')
        .title('Expert sources')
        .items([
          S.listItem()
            .id('sources-directory-all')
            .title('Source directory')
            .icon(BookIcon)
            .child(directoryPane(S, 'sources-directory-all', 'Source directory', {})),
          S.listItem()
            .id('sources-by-expertise')
            .title('By expertise')
            .icon(TagIcon)
            .child(async () => {
              const tags = distinctExpertise(await client().fetch(EXPERTISE_QUERY))
              return S.list()
                .id('sources-by-expertise')
                .title('By expertise')
                .items(
                  tags.map((tag) =>
                    S.listItem()
                      .id(`expertise-${slugify(tag)}`)
                      .title(tag)
                      .icon(TagIcon)
                      .child(directoryPane(S, `expertise-${slugify(tag)}`, tag, {expertise: tag})),
                  ),
                )
            }),
          S.listItem()
            .id('sources-by-organization')
            .title('By organisation')
            .icon(EarthGlobeIcon)
            .child(async () => {
              const orgs = distinctOrganizations(await client().fetch(SOURCE_ORGANIZATIONS_QUERY))
              return S.list()
                .id('sources-by-organization')
                .title('By organisation')
                .items(
                  orgs.map((org) =>
                    S.listItem()
                      .id(`org-${org._id}`)
                      .title(org.title)
                      .icon(CaseIcon)
                      .child(
                        directoryPane(S, `org-${org._id}`, org.title, {organizationId: org._id}),
                      ),
                  ),
                )
            }),
          S.divider(),
          S.documentTypeListItem('expertSource')
            .id('sources-all-documents')
            .title('All expert sources'),
        ]),
    )
}
