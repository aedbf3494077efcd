// Small process helpers shared by the benchmark and the chaos drill (plain JS: they run without a build).
const net = require('node:net');

/** A port nobody listens on right now, on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether a process with this pid exists (signal 0 only checks). */
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

module.exports = { freePort, alive };
