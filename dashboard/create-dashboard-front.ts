import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDashboardApp } from './dashboard-app.ts';
import type { DashboardDeps } from './dashboard-context.ts';
import { nodeRequestListener } from './http/node-transport.ts';

export interface DashboardFrontDeps extends DashboardDeps {
  /** Default 127.0.0.1; put a TLS proxy in front to serve it beyond the machine. */
  readonly host?: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
}

export interface DashboardFront {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** `http://host:port`, once started. */
  readonly url: string;
}

/** The staff dashboard over node:http: `pointage serve` starts it beside the worker. */
export function createDashboardFront(deps: DashboardFrontDeps): DashboardFront {
  const app = createDashboardApp(deps);
  const host = deps.host ?? '127.0.0.1';
  let server: Server | null = null;
  let url: string | null = null;

  return {
    async start() {
      if (server) return;
      const started = createServer(nodeRequestListener(app.handle, deps.logger));
      await new Promise<void>((resolve, reject) => {
        started.once('error', reject);
        started.listen(deps.port, host, () => resolve());
      });
      server = started;
      const address = started.address() as AddressInfo;
      url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    },
    async stop() {
      const running = server;
      server = null;
      if (!running) return;
      await new Promise<void>((resolve) => {
        running.close(() => resolve());
        running.closeAllConnections();
      });
    },
    get url() {
      if (!url) throw new Error('the dashboard is not started');
      return url;
    },
  };
}
