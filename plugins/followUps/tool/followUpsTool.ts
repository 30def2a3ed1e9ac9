import {CalendarIcon} from '@sanity/icons/Calendar'
import {lazy} from 'react'
import type {Tool} from 'sanity'

import type {FollowUpsOptions} from '../types'

const FollowUpsTool = lazy(() =>
  import('./FollowUpsTool').then((module) => ({default: module.FollowUpsTool})),
)

/** The tool definition; its component loads only when an editor opens the tool. */
export function followUpsTool(options: FollowUpsOptions): Tool<FollowUpsOptions> {
  return {
    name: options.tool.name,
    title: options.tool.title,
    icon: CalendarIcon,
    component: FollowUpsTool,
    options,
  }
}
