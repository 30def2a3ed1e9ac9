/** Runs `fn` `runs` times after a warm-up and returns the median wall time in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 7, warmups = 2): Promise<number> {
  for (let i = 0; i < warmups; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

export function report(name: string, figures: Record<string, string | number>, goal?: string) {
  const parts = Object.entries(figures).map(([key, value]) => `${key}=${value}`)
  console.log(`${name.padEnd(34)} ${parts.join('  ')}${goal ? `   (goal: ${goal})` : ''}`)
}

export const fixed = (value: number, digits = 1) => value.toFixed(digits)
