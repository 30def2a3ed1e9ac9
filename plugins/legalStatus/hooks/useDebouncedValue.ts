import {useEffect, useState} from 'react'

/** The value, once it has stopped changing for `delayMs`. Typing is never blocked by it. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (delayMs <= 0) {
      setSettled(value)
      return undefined
    }
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return delayMs <= 0 ? value : settled
}
