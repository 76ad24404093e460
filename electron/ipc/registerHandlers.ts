import type { z } from 'zod';
import { CHANNELS, contract, type Channel, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';

/**
 * The one door from renderer to main. Every channel in the contract gets the same guard:
 * trusted sender, valid request, handler errors turned into a plain message. Main never
 * trusts the renderer's types: the preload is typed, but a compromised page is not.
 */
export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<ResponseOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/** The parts of Electron's invoke event the guard reads (Electron's own type fits). */
export interface InvokeEventLike {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface RegisterOptions {
  /** Where the full error (with stack) goes; the renderer only ever gets the message. */
  log?: (message: string, error?: unknown) => void;
}

/** "suggestedName: a file name without folders…" — the field first, so the UI can point at it. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}

function safelyDescribe(event: InvokeEventLike): string {
  try {
    return event.senderFrame?.url ?? 'no frame';
  } catch {
    return 'disposed frame';
  }
}

/** Reading a frame that was disposed mid-call throws in Electron; that is an untrusted sender too. */
function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (event: InvokeEventLike) => boolean,
  { log = (message, error) => console.error(message, error ?? '') }: RegisterOptions = {},
): () => void {
  const register = <C extends Channel>(channel: C): void => {
    const spec = contract[channel];
    const handler: Handler<C> = handlers[channel];
    ipcMain.handle(channel, async (event, ...args) => {
      if (!safely(() => isTrustedSender(event))) {
        log(`Accord: refused ${channel} from an untrusted sender (${safelyDescribe(event)})`);
        throw new Error(`${channel} refused: untrusted sender`);
      }
      const request = spec.request.safeParse(args[0]);
      if (!request.success) throw new Error(`${channel} refused: invalid request: ${describeIssues(request.error)}`);
      let result: unknown;
      try {
        result = await handler(request.data as RequestOf<C>);
      } catch (error) {
        log(`Accord: ${channel} failed`, error);
        throw new Error(`${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      const response = spec.response.safeParse(result);
      if (!response.success) {
        log(`Accord: ${channel} produced an invalid response: ${describeIssues(response.error)}`);
        throw new Error(`${channel} failed: internal error`);
      }
      return response.data;
    });
  };
  for (const channel of CHANNELS) register(channel);
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
