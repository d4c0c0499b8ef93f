// Preloaded into `dyad ingest` by `npm run bench` (node --import): the CPU time of each thread of the process, from
// Linux's /proc/self/task/<tid>/stat, printed to stderr at exit as one JSON line `thread-cpu {...}`. It splits an
// ingest's CPU into the storing (main) thread, the analysing worker threads, and V8's and libuv's background
// threads (optimising compiles and concurrent GC), which no in-process profile shows. Worker threads end before
// the process does, so the threads are read every 200 ms and the last reading of each is kept. Node names every
// thread "node", so the analysing threads are the BENCH_WORKERS threads (besides the main one) with the most CPU.
// Plain JavaScript: a preloaded module is not compiled. Elsewhere than Linux it does nothing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import process from 'node:process';
import { setInterval } from 'node:timers';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && existsSync('/proc/self/task')) {
  // /proc counts in clock ticks, USER_HZ, which is 100 on Linux.
  const ticks = 100;
  const seen = new Map();
  const read = () => {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seen.set(tid, (Number(fields[11]) + Number(fields[12])) / ticks);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  };
  setInterval(read, 200).unref();
  process.on('exit', () => {
    read();
    const main = seen.get(String(process.pid)) ?? 0;
    const others = [...seen]
      .filter(([tid]) => tid !== String(process.pid))
      .map(([, seconds]) => seconds)
      .sort((a, b) => b - a);
    const workers = Number(process.env.BENCH_WORKERS || 0);
    const sum = (values) => values.reduce((total, value) => total + value, 0);
    const round = (value) => Math.round(value * 10) / 10;
    const split = {
      storing: round(main),
      analysing: round(sum(others.slice(0, workers))),
      background: round(sum(others.slice(workers))),
    };
    process.stderr.write(`thread-cpu ${JSON.stringify(split)}\n`);
  });
}
