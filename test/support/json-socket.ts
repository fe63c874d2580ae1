// Commands and events as JSON over a WebSocket, as WebDriver BiDi (Firefox) and WebKit's inspector both speak them: a
// command is `{id, method, params}`, its answer carries the same id, and a message with a method and no id is an event.
import WebSocket from 'ws';

type Listener = (params: Record<string, unknown>) => void;

export class JsonSocket {
  private next = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners: { method: string; listener: Listener }[] = [];

  private readonly socket: WebSocket;
  /** Settles once the connection is open. Listeners go on before: ws can pass on a message in the tick it opens. */
  readonly opened: Promise<void>;

  constructor(address: string) {
    this.socket = new WebSocket(address, { perMessageDeflate: false });
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('message', (data) => this.receive(JSON.parse(String(data)) as Record<string, unknown>));
    this.socket.on('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('the browser closed the connection'));
      this.pending.clear();
    });
  }

  send<T = Record<string, unknown>>(method: string, params: unknown = {}): Promise<T> {
    const id = ++this.next;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
  }

  on(method: string, listener: Listener): void {
    this.listeners.push({ method, listener });
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Record<string, unknown>): void {
    const waiting = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (waiting) {
      this.pending.delete(message.id as number);
      const error = message.error as string | { message?: string } | undefined;
      if (error)
        waiting.reject(new Error(`${typeof error === 'string' ? error : error.message}: ${message.message ?? ''}`));
      else waiting.resolve(message.result);
      return;
    }
    if (typeof message.method !== 'string') return;
    for (const { method, listener } of this.listeners)
      if (method === message.method) listener(message.params as Record<string, unknown>);
  }
}
