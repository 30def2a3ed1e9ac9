import {useEffect, useState} from 'react'

import {type CalendarDate, todayIn} from '../lib/calendarDate'

const CHECK_EVERY_MS = 5 * 60_000

/** Today's calendar date in the newsroom's zone; rolls over at its midnight, not the browser's. */
export function useToday(timeZone: string): CalendarDate {
  const [today, setToday] = useState(() => todayIn(timeZone))
  useEffect(() => {
    setToday(todayIn(timeZone))
    const timer = setInterval(() => setToday(todayIn(timeZone)), CHECK_EVERY_MS)
    return () => clearInterval(timer)
  }, [timeZone])
  return today
}
