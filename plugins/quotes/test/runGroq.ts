import {evaluate, parse} from 'groq-js'

/** Runs a GROQ query over documents with groq-js, as the Content Lake would. */
export async function runGroq<T>(
  documents: {_id: string}[],
  query: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const result = await evaluate(parse(query, {params}), {dataset: documents, params})
  return (await result.get()) as T
}
