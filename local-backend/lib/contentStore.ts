import fs from 'node:fs'
import path from 'node:path'

import {Dataset} from './dataset'
import {DatasetFiles, readSeedFile} from './persistence'
import {HttpError} from './types'

export interface ContentStoreOptions {
  dataDir: string
  /** NDJSON seed for `seedDataset`; used on its first start and by `seed()`/`reset()`. */
  seedFile?: string
  seedDataset?: string
  log?: (message: string) => void
}

const DATASET_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/

export function assertDatasetName(name: string): void {
  if (!DATASET_NAME.test(name))
    throw new HttpError(404, `Dataset "${name}" not found`, 'datasetNotFound')
}

/** All datasets of one data folder, loaded lazily and kept in memory. */
export class ContentStore {
  private readonly datasets = new Map<string, {dataset: Dataset; files: DatasetFiles}>()
  readonly dataDir: string
  private readonly log: (message: string) => void

  constructor(private readonly options: ContentStoreOptions) {
    this.dataDir = path.resolve(options.dataDir)
    this.log = options.log ?? ((message) => console.log(message))
  }

  get seedDataset(): string {
    return this.options.seedDataset ?? 'production'
  }

  /** The dataset, loading it from disk (or seeding it on first use). */
  dataset(name: string): Dataset {
    assertDatasetName(name)
    const open = this.datasets.get(name)
    if (open) return open.dataset
    const files = new DatasetFiles(this.dataDir, name)
    let loaded = files.load()
    if (loaded.fresh && name === this.seedDataset) {
      const seed = this.readSeed()
      files.compact(seed)
      loaded = files.load()
      this.log(`[local-backend] Seeded "${name}" with ${seed.length} documents.`)
    }
    const dataset = new Dataset(name, loaded.documents.values(), (entry) => files.append(entry))
    if (loaded.fresh && name !== this.seedDataset) files.compact([])
    dataset.subscribe(() => {
      if (files.shouldCompact()) files.compact(dataset.all())
    })
    this.datasets.set(name, {dataset, files})
    return dataset
  }

  private readSeed(): ReturnType<typeof readSeedFile> & object {
    const file = this.options.seedFile
    const docs = file ? readSeedFile(file) : undefined
    if (!docs) {
      this.log(
        `[local-backend] Warning: seed file ${file ?? '(none configured)'} not found; "${this.seedDataset}" starts empty.`,
      )
      return []
    }
    return docs
  }

  /** createOrReplace every seed document (idempotent). Returns how many were written. */
  seed(name = this.seedDataset): number {
    const docs = this.readSeed()
    const dataset = this.dataset(name)
    if (docs.length === 0) return 0
    dataset.transact({identity: 'local-seed'}, (scope) => {
      for (const doc of docs) scope.put(structuredClone(doc), {createOrReplace: doc})
    })
    return docs.length
  }

  /** Delete the dataset's data and start again from the seed. */
  reset(name = this.seedDataset): number {
    assertDatasetName(name)
    this.closeDataset(name)
    new DatasetFiles(this.dataDir, name).remove()
    return this.dataset(name).size
  }

  datasetNames(): string[] {
    const names = new Set(this.datasets.keys())
    if (fs.existsSync(this.dataDir)) {
      for (const file of fs.readdirSync(this.dataDir)) {
        const match = /^([a-z0-9][a-z0-9_-]*)\.ndjson$/.exec(file)
        if (match?.[1]) names.add(match[1])
      }
    }
    names.add(this.seedDataset)
    return [...names].sort()
  }

  private closeDataset(name: string): void {
    this.datasets.get(name)?.files.closeJournal()
    this.datasets.delete(name)
  }

  close(): void {
    for (const name of [...this.datasets.keys()]) this.closeDataset(name)
  }
}
