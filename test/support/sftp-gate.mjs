// The SFTP subsystem of test hosts that can freeze mid-upload: it relays the client's packets to
// the real sftp-server and, once the trigger file exists, stops that server (SIGSTOP) just before
// its next write request (once: the trigger is removed), as a hung disk would, while sshd itself keeps answering keepalives. The
// frozen server's pid is written to the pid file.
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const SSH_FXP_WRITE = 6;
const [trigger, pidFile] = process.argv.slice(2);
const server = spawn('/usr/lib/openssh/sftp-server', [], { stdio: ['pipe', 'inherit', 'inherit'] });
let pending = Buffer.alloc(0);
let frozen = false;

process.stdin.on('data', (chunk) => {
  // Packets are uint32 length + type + payload; only their boundaries and types matter here.
  pending = Buffer.concat([pending, chunk]);
  while (!frozen && pending.length >= 5 && pending.length >= 4 + pending.readUInt32BE(0)) {
    const length = pending.readUInt32BE(0);
    if (pending[4] === SSH_FXP_WRITE && existsSync(trigger)) {
      process.kill(server.pid, 'SIGSTOP');
      writeFileSync(pidFile, String(server.pid));
      rmSync(trigger, { force: true });
      frozen = true;
    }
    pending = pending.subarray(4 + length);
  }
  server.stdin.write(chunk);
});
process.stdin.on('end', () => server.stdin.end());
server.on('exit', (code) => process.exit(code ?? 1));
