import {evaluate, parse} from 'groq-js'

/**
 * Runs a GROQ query over in-memory documents with groq-js, as the Content Lake would, with an
 * id index for `->` (groq-js otherwise scans the dataset for every reference).
 */
export async function runGroq<T = unknown>(
  documents: readonly {_id: string}[],
  query: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const result = await evaluate(parse(query, {params}), {
    dataset: documents as {_id: string}[],
    params,
    dereference: ({_ref}) => byId.get(_ref),
  })
  return (await result.get()) as T
}
