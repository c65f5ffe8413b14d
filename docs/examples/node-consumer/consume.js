#!/usr/bin/env node
// Prints the records of one geowire topic as JSON lines: {"topic","partition","offset","key","value"}.
//
//   node consume.js --bootstrap localhost:9092 --topic route-status --schemas ../../../schemas/history
//                   [--max N] [--timeout SECONDS] [--group ID]
//
// Two facts a consumer outside Java must know (docs/consumers.md):
// 1. geowire's producers compress with lz4. KafkaJS ships no lz4 codec, so one is registered below (pure JS).
// 2. Values are Avro single-object encoded: 0xC3 0x01, the writer schema's 8-byte CRC-64-AVRO fingerprint
//    (little-endian), then the Avro body. A schema file may define a record another file defines too, or name one
//    defined elsewhere, so each file is parsed on its own and then against the names already known, whatever
//    order the files come in.
'use strict';

const fs = require('fs');
const path = require('path');
const avro = require('avsc');
const lz4 = require('lz4js');
const { Kafka, CompressionTypes, CompressionCodecs, logLevel } = require('kafkajs');

CompressionCodecs[CompressionTypes.LZ4] = () => ({
  async compress(encoder) {
    return Buffer.from(lz4.compress(encoder.buffer));
  },
  async decompress(buffer) {
    return Buffer.from(lz4.decompress(buffer));
  },
});

function options(argv) {
  const opts = { max: Infinity, timeout: 60, group: `geowire-node-${process.pid}` };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    opts[name] = argv[i + 1];
  }
  for (const required of ['bootstrap', 'topic', 'schemas']) {
    if (!opts[required]) {
      throw new Error(`--${required} is required`);
    }
  }
  opts.max = Number(opts.max);
  opts.timeout = Number(opts.timeout);
  return opts;
}

// Every .avsc under dir (e.g. schemas/history/v1, v2 ...), keyed by fingerprint. A schema that names a record not
// yet loaded is retried after the others, so file order does not matter.
function loadSchemas(dir) {
  const files = [];
  (function walk(d) {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.avsc')) files.push(full);
    }
  })(dir);
  const byFingerprint = new Map();
  const versions = new Map();
  for (const file of files) {
    const version = path.dirname(file);
    if (!versions.has(version)) versions.set(version, []);
    versions.get(version).push(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  for (const [version, schemas] of versions) {
    // some files define the records they use inline (Event.avsc holds its payloads), others name them: each file
    // is parsed on its own first, then with the names the other files defined
    const known = {};
    let pending = schemas;
    while (pending.length > 0) {
      const unresolved = [];
      for (const schema of pending) {
        try {
          const type = parse(schema, known);
          byFingerprint.set(rabin(Buffer.from(JSON.stringify(type.schema()))).toString('hex'), type);
        } catch (e) {
          unresolved.push(schema);
        }
      }
      if (unresolved.length === pending.length) {
        throw new Error(`schemas in ${version} refer to unknown names: ` + unresolved.map((s) => s.name).join(', '));
      }
      pending = unresolved;
    }
  }
  return byFingerprint;
}

// The schema alone, or with the names other files defined when it refers to one of them.
function parse(schema, known) {
  const alone = {};
  let type;
  try {
    type = avro.Type.forSchema(schema, { registry: alone });
  } catch (e) {
    const registry = { ...known };
    type = avro.Type.forSchema(schema, { registry });
    Object.assign(alone, registry);
  }
  for (const [name, named] of Object.entries(alone)) {
    if (!(name in known)) known[name] = named;
  }
  return type;
}

// CRC-64-AVRO (Rabin), as the Avro specification defines it, written little-endian like the encoded value.
const EMPTY = 0xc15d213aa4d7a795n;
const TABLE = (() => {
  const table = [];
  for (let i = 0n; i < 256n; i++) {
    let fp = i;
    for (let j = 0; j < 8; j++) {
      fp = (fp >> 1n) ^ (EMPTY & -(fp & 1n));
    }
    table.push(fp & 0xffffffffffffffffn);
  }
  return table;
})();

function rabin(bytes) {
  let fp = EMPTY;
  for (const b of bytes) {
    fp = (fp >> 8n) ^ TABLE[Number((fp ^ BigInt(b)) & 0xffn)];
  }
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(fp & 0xffffffffffffffffn);
  return out;
}

function decode(value, schemas) {
  if (value.length < 10 || value[0] !== 0xc3 || value[1] !== 0x01) {
    return { error: 'not Avro single-object encoding (no C3 01 marker)' };
  }
  const type = schemas.get(value.subarray(2, 10).toString('hex'));
  if (!type) {
    return { error: 'unknown schema fingerprint ' + value.subarray(2, 10).toString('hex') + ': update schemas/history' };
  }
  return type.fromBuffer(value.subarray(10));
}

async function main() {
  const opts = options(process.argv.slice(2));
  const schemas = loadSchemas(opts.schemas);
  const kafka = new Kafka({ clientId: 'geowire-node-consumer', brokers: opts.bootstrap.split(','), logLevel: logLevel.ERROR });
  // read_committed is KafkaJS's default: records of aborted transactions are never part of geowire's state
  const consumer = kafka.consumer({ groupId: opts.group, readUncommitted: false });
  await consumer.connect();
  await consumer.subscribe({ topic: opts.topic, fromBeginning: true });
  let seen = 0;
  let finish;
  const done = new Promise((resolve) => { finish = resolve; });
  const timer = setTimeout(() => finish('timeout'), opts.timeout * 1000);
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      if (seen >= opts.max) return;
      seen += 1;
      const value = message.value === null ? null : decode(message.value, schemas);
      process.stdout.write(JSON.stringify({
        topic, partition, offset: message.offset, key: message.key && message.key.toString('utf8'), value,
      }, (k, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');
      if (seen >= opts.max) finish('max');
    },
  });
  const why = await done;
  clearTimeout(timer);
  await consumer.disconnect();
  process.exitCode = why === 'max' || opts.max === Infinity ? 0 : 2;
}

main().catch((e) => {
  process.stderr.write(`consume.js: ${e.message}\n`);
  process.exitCode = 1;
});
