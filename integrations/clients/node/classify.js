#!/usr/bin/env node
'use strict';
// Labels log records with a running logtriaged and prints one JSON answer per line.
//
//   node classify.js --address 127.0.0.1:50051 --source sshd 'Failed password for root from 10.0.0.1'
//   printf '{"source":"app","message":"disk full"}\n' | node classify.js --address 127.0.0.1:50051 -
//   node classify.js --address 127.0.0.1:50051 --info
// TLS: --ca ca.pem; mutual TLS: also --cert client.pem --key client-key.pem.

const { parseArgs } = require('node:util');
const { connect } = require('./logtriage-client');

function usage(message) {
  process.stderr.write(`classify.js: ${message}\n`);
  process.stderr.write('usage: classify.js --address HOST:PORT [--source S] [--ca F [--cert F --key F]] (--info | - | MESSAGE...)\n');
  process.exit(2);
}

async function readStdinRecords() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        const { source = '', message = '' } = JSON.parse(line);
        return { source: String(source), message: String(message) };
      } catch (err) {
        return usage(`stdin line ${i + 1} is not JSON ({"source":..,"message":..}): ${err.message}`);
      }
    });
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        address: { type: 'string', default: '127.0.0.1:50051' },
        source: { type: 'string', default: '' },
        info: { type: 'boolean', default: false },
        ca: { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
        'timeout-ms': { type: 'string', default: '30000' },
      },
    });
  } catch (err) {
    return usage(err.message);
  }
  const { values, positionals } = parsed;
  const tls = values.ca || values.cert ? { ca: values.ca, cert: values.cert, key: values.key } : undefined;
  const client = connect(values.address, { tls, timeoutMs: Number(values['timeout-ms']) });
  try {
    if (values.info) {
      process.stdout.write(`${JSON.stringify(await client.info())}\n`);
      return 0;
    }
    const records =
      positionals.length === 1 && positionals[0] === '-'
        ? await readStdinRecords()
        : positionals.map((message) => ({ source: values.source, message }));
    if (records.length === 0) return usage('give messages as arguments, or - to read JSON lines from stdin');
    const answers = await client.classifyBatch(records);
    for (const answer of answers) process.stdout.write(`${JSON.stringify(answer)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`classify.js: ${values.address}: ${err.code !== undefined ? `gRPC status ${err.code}: ` : ''}${err.details || err.message}\n`);
    return 1;
  } finally {
    client.close();
  }
}

main().then((code) => {
  process.exitCode = code;
});
