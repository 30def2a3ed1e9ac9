import type {SchedulingRules} from './lib/suggestFollowUps'

/** Options for the follow-ups capability, merged over DEFAULT_OPTIONS. */
export interface FollowUpsOptions {
  /** IANA zone of the newsroom: "today", overdue and due soon are counted in it. */
  timeZone: string
  /** The rules behind "Suggest follow-up dates". */
  scheduling: SchedulingRules
  /** The Follow-ups tool; set `enabled: false` to leave it out. */
  tool: {
    enabled: boolean
    name: string
    title: string
  }
}

export type FollowUpsPluginOptions = {
  timeZone?: string
  scheduling?: Partial<SchedulingRules>
  tool?: Partial<FollowUpsOptions['tool']>
}
