// Structured logs for a long-running command (`kubeward serve`): one JSON object per line, written
// in batches. Why batches: Node writes stderr synchronously when it is a pipe or a file (how a
// container runtime collects logs), one syscall per write; at 1,000 reviews/s that was about a tenth
// of the webhook's CPU. Lines produced in one turn of the event loop are joined and written once
// right after that turn (setImmediate), so no line waits longer than the turn that produced it;
// a batch that grows past `maxBytes` is written at once; flush() writes what is left (at exit).
export interface BufferedLines {
  /** Queues one line (without its newline). */
  line(text: string): void;
  /** Writes every queued line now. */
  flush(): void;
}

export function bufferedLines(write: (s: string) => unknown, maxBytes = 64 * 1024): BufferedLines {
  let pending: string[] = [];
  let bytes = 0;
  let scheduled: NodeJS.Immediate | undefined;
  const flush = () => {
    if (scheduled !== undefined) clearImmediate(scheduled);
    scheduled = undefined;
    if (pending.length === 0) return;
    const text = `${pending.join("\n")}\n`;
    pending = [];
    bytes = 0;
    write(text);
  };
  return {
    line(text: string): void {
      pending.push(text);
      bytes += text.length + 1;
      if (bytes >= maxBytes) flush();
      else scheduled ??= setImmediate(flush);
    },
    flush,
  };
}
