import {CaseIcon} from '@sanity/icons/Case'
import {type DocumentInspector, type DocumentInspectorProps, defineDocumentInspector} from 'sanity'

import {INSPECTOR_NAME} from '../constants'
import type {LegalStatusOptions} from '../types'
import {LegalStatusInspector} from './LegalStatusInspector'

/** The agreement inspector: the analyzer's suggestion, the checklist and the milestones. */
export function defineLegalStatusInspector(
  options: LegalStatusOptions['inspector'],
): DocumentInspector {
  function LegalStatusInspectorWithOptions(props: DocumentInspectorProps) {
    return <LegalStatusInspector {...props} debounceMs={options.debounceMs} />
  }
  return defineDocumentInspector({
    name: INSPECTOR_NAME,
    useMenuItem: () => ({icon: CaseIcon, showAsAction: true, title: 'Legal status'}),
    component: LegalStatusInspectorWithOptions,
  })
}
