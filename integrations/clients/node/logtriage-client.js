'use strict';
// A small client for logtriage.v1.ClassifierService. It loads the .proto files from the
// repository's proto/ folder at run time (no generated code), so it follows the API as it is.
//
//   const { connect } = require('./logtriage-client');
//   const client = connect('127.0.0.1:50051');
//   const answers = await client.classifyBatch([{ source: 'sshd', message: 'Failed password ...' }]);

const fs = require('node:fs');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const PROTO_ROOT = process.env.LOGTRIAGE_PROTO_DIR || path.resolve(__dirname, '..', '..', '..', 'proto');
const PROTO_FILE = 'logtriage/v1/classifier_service.proto';

function loadService(protoRoot = PROTO_ROOT) {
  const definition = protoLoader.loadSync(PROTO_FILE, {
    includeDirs: [protoRoot],
    keepCase: true, // field names as in the .proto: rule_id, template_id, batch_id
    enums: String, // tier: 'TIER_REGEX', ...
    longs: String, // uint64 batch_id without loss
    defaults: true, // every field present, as in other languages
  });
  return grpc.loadPackageDefinition(definition).logtriage.v1.ClassifierService;
}

// tls: undefined for plaintext, or { ca, cert, key } file paths (cert and key for mutual TLS).
function credentials(tls) {
  if (!tls) return grpc.credentials.createInsecure();
  const read = (p) => (p ? fs.readFileSync(p) : null);
  return grpc.credentials.createSsl(read(tls.ca), read(tls.key), read(tls.cert));
}

function connect(address, { tls, timeoutMs = 30000, protoRoot } = {}) {
  const Service = loadService(protoRoot);
  const stub = new Service(address, credentials(tls), {
    'grpc.max_receive_message_length': 64 << 20,
    'grpc.max_send_message_length': 64 << 20,
  });
  const call = (method, request) =>
    new Promise((resolve, reject) => {
      const deadline = new Date(Date.now() + timeoutMs);
      stub[method](request, { deadline }, (err, reply) => (err ? reject(err) : resolve(reply)));
    });
  return {
    classify: async (source, message) => (await call('Classify', { record: { source, message } })).classification,
    classifyBatch: async (records) => (await call('ClassifyBatch', { records })).classifications,
    info: () => call('GetInfo', {}),
    // batches: an array of arrays of records; resolves to one array of answers per batch, in order
    classifyStream: (batches) =>
      new Promise((resolve, reject) => {
        const answers = [];
        const stream = stub.ClassifyStream({ deadline: new Date(Date.now() + timeoutMs) });
        stream.on('data', (reply) => answers.push(reply.classifications));
        stream.on('error', reject);
        stream.on('end', () => resolve(answers));
        batches.forEach((records, i) => stream.write({ batch_id: String(i), records }));
        stream.end();
      }),
    close: () => stub.close(),
  };
}

module.exports = { connect, loadService, PROTO_ROOT };
