#!/usr/bin/env node
// `npm run start:rest`: the reference server and the demo together, the demo talking to the
// server over real HTTP. Ctrl+C stops both. Extra arguments go to the server
// (`npm run start:rest -- --latency 300 --count 5000`).
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['--import', 'tsx', 'demo/server/main.ts', ...process.argv.slice(2)], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' }),
];
console.log('\nDemo over HTTP: http://localhost:5173/?data=rest\n');

const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
