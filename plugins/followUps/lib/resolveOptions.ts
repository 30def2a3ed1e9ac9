import {DEFAULT_OPTIONS, PLUGIN_NAME} from '../constants'
import type {FollowUpsOptions, FollowUpsPluginOptions} from '../types'

function fail(option: string, problem: string, value: unknown): never {
  throw new Error(`[${PLUGIN_NAME}] options.${option} ${problem}, got ${JSON.stringify(value)}`)
}

/** True when `Intl` knows the IANA zone, e.g. "America/New_York" or "UTC". */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en-US', {timeZone: value})
    return true
  } catch {
    return false
  }
}

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0

/** Merges options over DEFAULT_OPTIONS and rejects ones that cannot work, naming the plugin. */
export function resolveOptions(options: FollowUpsPluginOptions | void): FollowUpsOptions {
  const timeZone = options?.timeZone ?? DEFAULT_OPTIONS.timeZone
  if (!isTimeZone(timeZone))
    fail('timeZone', 'must be an IANA time zone such as "America/New_York"', timeZone)

  const tool = {...DEFAULT_OPTIONS.tool, ...options?.tool}
  if (typeof tool.enabled !== 'boolean') fail('tool.enabled', 'must be true or false', tool.enabled)
  if (typeof tool.name !== 'string' || !/^[a-z][a-z0-9-]*$/.test(tool.name)) {
    fail('tool.name', 'must be a lowercase URL segment such as "follow-ups"', tool.name)
  }
  if (typeof tool.title !== 'string' || tool.title.trim() === '') {
    fail('tool.title', 'must be a non-empty title', tool.title)
  }

  const scheduling = {...DEFAULT_OPTIONS.scheduling, ...options?.scheduling}
  if (!Array.isArray(scheduling.afterSigning)) {
    fail('scheduling.afterSigning', 'must be a list of milestone rules', scheduling.afterSigning)
  }
  const ids = new Set<string>()
  scheduling.afterSigning.forEach((rule, index) => {
    const at = `scheduling.afterSigning[${index}]`
    if (!rule || typeof rule.id !== 'string' || rule.id === '')
      fail(`${at}.id`, 'must be a non-empty id', rule?.id)
    if (ids.has(rule.id)) fail(`${at}.id`, 'must be unique', rule.id)
    ids.add(rule.id)
    if (typeof rule.label !== 'string' || rule.label === '')
      fail(`${at}.label`, 'must be a non-empty label', rule.label)
    const offset = rule.offset ?? {}
    const parts = [offset.days, offset.months, offset.years].filter((part) => part !== undefined)
    if (parts.length === 0 || !parts.every(isWholeNumber) || parts.every((part) => part === 0)) {
      fail(
        `${at}.offset`,
        'must give whole, non-negative days, months or years (not all zero)',
        rule.offset,
      )
    }
  })
  if (
    !Array.isArray(scheduling.daysBeforeDeadline) ||
    !scheduling.daysBeforeDeadline.every(isWholeNumber)
  ) {
    fail(
      'scheduling.daysBeforeDeadline',
      'must be a list of whole, non-negative day counts',
      scheduling.daysBeforeDeadline,
    )
  }
  if (typeof scheduling.checkOnDeadline !== 'boolean') {
    fail('scheduling.checkOnDeadline', 'must be true or false', scheduling.checkOnDeadline)
  }
  if (!isWholeNumber(scheduling.staleAfterDays)) {
    fail(
      'scheduling.staleAfterDays',
      'must be a whole number of days (0 turns it off)',
      scheduling.staleAfterDays,
    )
  }

  return {timeZone, tool, scheduling}
}
