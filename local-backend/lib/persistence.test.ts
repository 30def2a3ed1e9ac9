import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {afterEach, beforeEach, describe, expect, it} from 'vitest'

import {ContentStore} from './contentStore'
import {CorruptFileError, DatasetFiles, writeFileAtomic} from './persistence'
import {Dataset} from './dataset'
import {applyMutations} from './mutations'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-backend-'))
})
afterEach(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

function openDataset(name = 'production') {
  const files = new DatasetFiles(dir, name)
  const loaded = files.load()
  return {
    files,
    dataset: new Dataset(name, loaded.documents.values(), (entry) => files.append(entry)),
  }
}

describe('writeFileAtomic', () => {
  it('keeps the old content when a crash happens between write and rename', () => {
    const file = path.join(dir, 'production.ndjson')
    writeFileAtomic(file, '{"_id":"a","_type":"t"}\n')
    expect(() =>
      writeFileAtomic(file, '{"_id":"b","_type":"t"}\n', {
        beforeRename: () => {
          throw new Error('simulated crash')
        },
      }),
    ).toThrow('simulated crash')
    expect(fs.readFileSync(file, 'utf8')).toBe('{"_id":"a","_type":"t"}\n')
    expect(fs.readdirSync(dir)).toEqual(['production.ndjson'])
  })

  it('loads the last good state when a temp file was left behind', () => {
    const {files, dataset} = openDataset()
    dataset.transact({}, (s) => applyMutations(s, [{create: {_id: 'a', _type: 't'}}]))
    files.compact(dataset.all())
    files.closeJournal()
    fs.writeFileSync(path.join(dir, 'production.ndjson.tmp-999-x'), '{"_id":"half')
    const reopened = openDataset()
    expect(reopened.dataset.all().map((doc) => doc._id)).toEqual(['a'])
  })
})

describe('DatasetFiles', () => {
  it('survives a restart: every acknowledged transaction is in the journal', () => {
    const first = openDataset()
    first.dataset.transact({}, (s) => applyMutations(s, [{create: {_id: 'a', _type: 't', n: 1}}]))
    first.dataset.transact({}, (s) =>
      applyMutations(s, [{patch: {id: 'a', inc: {n: 1}}}, {create: {_id: 'b', _type: 't'}}]),
    )
    first.dataset.transact({}, (s) => applyMutations(s, [{delete: {id: 'b'}}]))
    first.files.closeJournal()
    const second = openDataset()
    expect(second.dataset.all().map((doc) => [doc._id, doc.n])).toEqual([['a', 2]])
    expect(second.dataset.get('a')?._rev).toBe(first.dataset.get('a')?._rev)
  })

  it('does not change memory when the disk write fails', () => {
    const dataset = new Dataset('t', [], () => {
      throw new Error('disk full')
    })
    expect(() =>
      dataset.transact({}, (s) => applyMutations(s, [{create: {_id: 'a', _type: 't'}}])),
    ).toThrow('disk full')
    expect(dataset.get('a')).toBeNull()
  })

  it('drops an interrupted (unterminated) last journal line and keeps earlier ones', () => {
    const first = openDataset()
    first.dataset.transact({}, (s) => applyMutations(s, [{create: {_id: 'a', _type: 't'}}]))
    first.files.closeJournal()
    fs.appendFileSync(first.files.journalFile, '{"transactionId":"x","documents":[{"id":"b","docu')
    const second = openDataset()
    expect(second.dataset.all().map((doc) => doc._id)).toEqual(['a'])
  })

  it('names the file and line of a corrupt snapshot instead of starting empty', () => {
    fs.writeFileSync(path.join(dir, 'production.ndjson'), '{"_id":"a","_type":"t"}\nnot json\n')
    let error: unknown
    try {
      new DatasetFiles(dir, 'production').load()
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(CorruptFileError)
    expect((error as Error).message).toContain(`${path.join(dir, 'production.ndjson')}:2`)
  })

  it('rejects documents without _id or _type', () => {
    fs.writeFileSync(path.join(dir, 'production.ndjson'), '{"_type":"t"}\n')
    expect(() => new DatasetFiles(dir, 'production').load()).toThrow(/production\.ndjson:1.*_id/)
  })

  it('compacts the journal into the snapshot', () => {
    const {files, dataset} = openDataset()
    dataset.transact({}, (s) => applyMutations(s, [{create: {_id: 'a', _type: 't'}}]))
    files.compact(dataset.all())
    expect(fs.existsSync(files.journalFile)).toBe(false)
    expect(openDataset().dataset.get('a')).not.toBeNull()
  })
})

describe('ContentStore', () => {
  const seedFile = () => {
    const file = path.join(dir, 'seed.ndjson')
    fs.writeFileSync(file, '{"_id":"s1","_type":"t","title":"Seeded"}\n{"_id":"s2","_type":"t"}\n')
    return file
  }

  it('seeds on first start, then keeps edits; seed() is idempotent; reset() starts over', () => {
    const log: string[] = []
    const store = new ContentStore({
      dataDir: path.join(dir, 'data'),
      seedFile: seedFile(),
      log: (m) => log.push(m),
    })
    const ds = store.dataset('production')
    expect(ds.size).toBe(2)
    ds.transact({}, (s) =>
      applyMutations(s, [
        {patch: {id: 's1', set: {title: 'Edited'}}},
        {create: {_id: 'x', _type: 't'}},
      ]),
    )
    store.close()

    const again = new ContentStore({
      dataDir: path.join(dir, 'data'),
      seedFile: seedFile(),
      log: () => undefined,
    })
    expect(again.dataset('production').get('s1')?.title).toBe('Edited')
    expect(again.seed()).toBe(2)
    expect(again.seed()).toBe(2)
    expect(again.dataset('production').get('s1')?.title).toBe('Seeded')
    expect(again.dataset('production').size).toBe(3)
    expect(again.reset()).toBe(2)
    expect(again.dataset('production').get('x')).toBeNull()
    again.close()
  })

  it('starts empty with a warning when the seed file is missing; other datasets start empty', () => {
    const log: string[] = []
    const store = new ContentStore({
      dataDir: dir,
      seedFile: path.join(dir, 'missing.ndjson'),
      log: (m) => log.push(m),
    })
    expect(store.dataset('production').size).toBe(0)
    expect(log.join('\n')).toMatch(/missing\.ndjson not found/)
    expect(store.dataset('staging').size).toBe(0)
    expect(() => store.dataset('../etc')).toThrow()
    store.close()
  })

  it('reports a corrupt seed file by name', () => {
    const file = path.join(dir, 'bad-seed.ndjson')
    fs.writeFileSync(file, '{"_id":"ok","_type":"t"}\n{oops\n')
    const store = new ContentStore({
      dataDir: path.join(dir, 'data'),
      seedFile: file,
      log: () => undefined,
    })
    expect(() => store.dataset('production')).toThrow(/bad-seed\.ndjson:2/)
  })
})
